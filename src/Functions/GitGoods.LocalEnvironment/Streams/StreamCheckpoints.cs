using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Identity;

namespace GitGoods.LocalEnvironment.Streams;

/// <summary>
/// One mapping's place in the stream, kept in a file so a restarted stack resumes where it stopped: per shard, the last
/// sequence number handled (or given up) and whether the shard was read to its end. A new stream (the table was made
/// anew) starts from scratch.
/// </summary>
public sealed class StreamCheckpoints
{
    private readonly string _path;
    private readonly Dictionary<string, string> _after = new(StringComparer.Ordinal);
    private readonly HashSet<string> _finished = new(StringComparer.Ordinal);
    private string? _streamArn;

    private StreamCheckpoints(string path) => _path = path;

    /// <summary>The checkpoints in <paramref name="path"/>, or none when the file does not exist yet.</summary>
    public static StreamCheckpoints Load(string path)
    {
        var checkpoints = new StreamCheckpoints(path);
        if (File.Exists(path) && JsonNode.Parse(File.ReadAllText(path)) is JsonObject json)
        {
            checkpoints._streamArn = json["streamArn"]?.GetValue<string>();
            foreach (var (shard, node) in json["shards"]?.AsObject() ?? [])
            {
                if (node?["after"]?.GetValue<string>() is { } after)
                {
                    checkpoints._after[shard] = after;
                }

                if (node?["finished"]?.GetValue<bool>() == true)
                {
                    checkpoints._finished.Add(shard);
                }
            }
        }

        return checkpoints;
    }

    /// <summary>Forgets every checkpoint when <paramref name="streamArn"/> is not the stream they were taken on.</summary>
    public void UseStream(string streamArn)
    {
        if (string.Equals(_streamArn, streamArn, StringComparison.Ordinal))
        {
            return;
        }

        _streamArn = streamArn;
        _after.Clear();
        _finished.Clear();
        Save();
    }

    public string? After(string shardId) => _after.GetValueOrDefault(shardId);

    public bool IsFinished(string shardId) => _finished.Contains(shardId);

    public void Advance(string shardId, string sequenceNumber)
    {
        _after[shardId] = sequenceNumber;
        Save();
    }

    public void Finish(string shardId)
    {
        _finished.Add(shardId);
        Save();
    }

    private void Save()
    {
        var shards = new JsonObject();
        foreach (var shard in _after.Keys.Union(_finished, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            shards[shard] = new JsonObject { ["after"] = After(shard), ["finished"] = IsFinished(shard) };
        }

        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        AtomicFile.Write(_path, new JsonObject { ["streamArn"] = _streamArn, ["shards"] = shards }.ToJsonString(), ownerOnly: false);
    }
}

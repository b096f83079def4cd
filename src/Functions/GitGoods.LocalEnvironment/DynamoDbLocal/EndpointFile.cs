namespace GitGoods.LocalEnvironment.DynamoDbLocal;

/// <summary>
/// Where the engine a stack started can be reached: DynamoDB Local listens on a port picked free at each start, so
/// other local tools (the restore drill) read it here (<c>&lt;state&gt;/dynamodb-local.endpoint</c>, one URL) instead of
/// guessing. Written once the engine answers, deleted when it stops; a file left by a crash names a dead port, which
/// a reader finds out by calling it.
/// </summary>
public sealed class EndpointFile(string path)
{
    public string Path { get; } = path;

    public void Write(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        File.WriteAllText(Path, endpoint.ToString() + "\n");
    }

    /// <summary>The recorded endpoint, or null when there is no readable file.</summary>
    public Uri? Read()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        var text = File.ReadAllText(Path).Trim();
        return Uri.TryCreate(text, UriKind.Absolute, out var endpoint) && endpoint.Scheme is "http" or "https" ? endpoint : null;
    }

    /// <summary>Deletes the file if it still names <paramref name="endpoint"/> (and so was written by the same engine).</summary>
    public void DeleteIfNames(Uri endpoint)
    {
        if (Read() == endpoint)
        {
            File.Delete(Path);
        }
    }
}

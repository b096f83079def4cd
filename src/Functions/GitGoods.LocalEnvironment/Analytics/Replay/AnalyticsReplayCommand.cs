namespace GitGoods.LocalEnvironment.Analytics.Replay;

/// <summary>
/// <c>analytics-replay [--lake &lt;folder&gt; | --fresh]</c> (scripts/analytics-replay.sh): replays the sample CodePipeline
/// events through the delivery-metrics function into the lake folder (default <c>&lt;repo root&gt;/.local/analytics</c>, where
/// the local stack's analytics writers put theirs; <c>--fresh</c>: a new temporary folder, removed afterwards), then
/// prints every named query's answer from DuckDB. Needs no running stack.
/// </summary>
public static class AnalyticsReplayCommand
{
    public const string Name = "analytics-replay";

    /// <summary>Runs the command; returns the process exit code (2 for bad arguments).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var fresh = args is ["--fresh"];
        string? lake = args switch
        {
            [] => Path.Combine(Configuration.RepositoryRoot.Find(Directory.GetCurrentDirectory()), ".local", "analytics"),
            ["--lake", var folder] => Path.GetFullPath(folder),
            ["--fresh"] => Directory.CreateTempSubdirectory("gitgoods-lake-").FullName,
            _ => null,
        };
        if (lake is null)
        {
            await output.WriteLineAsync($"usage: {Name} [--lake <folder> | --fresh]").ConfigureAwait(false);
            return 2;
        }

        try
        {
            var samples = SamplePipelineEvents.Load();
            var sent = await PipelineEventReplayer.ReplayAsync(samples, lake, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Replayed {sent} sample CodePipeline events through RecordPipelineEvent into {lake}").ConfigureAwait(false);
            await output.WriteLineAsync().ConfigureAwait(false);
            LakeReport.Write(lake, output);
            return 0;
        }
        finally
        {
            if (fresh)
            {
                Directory.Delete(lake, recursive: true);
            }
        }
    }
}

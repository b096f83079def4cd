namespace GitGoods.LocalEnvironment.Analytics.Replay;

/// <summary>
/// <c>analytics-replay [--lake &lt;folder&gt;]</c> (scripts/analytics-replay.sh): replays the sample CodePipeline events through
/// the delivery-metrics function and a week of sample orders through the lake's sales writers into a lake folder (by
/// default a new temporary folder, removed afterwards — never the local stack's own <c>.local/analytics</c>, whose
/// sales files the samples would replace), then prints every named query's answer from DuckDB. Needs no running stack.
/// </summary>
public static class AnalyticsReplayCommand
{
    public const string Name = "analytics-replay";

    /// <summary>Runs the command; returns the process exit code (2 for bad arguments).</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var fresh = args is [] or ["--fresh"];
        string? lake = args switch
        {
            [] or ["--fresh"] => Directory.CreateTempSubdirectory("gitgoods-lake-").FullName,
            ["--lake", var folder] => Path.GetFullPath(folder),
            _ => null,
        };
        if (lake is null)
        {
            await output.WriteLineAsync($"usage: {Name} [--lake <folder>]").ConfigureAwait(false);
            return 2;
        }

        try
        {
            var samples = SamplePipelineEvents.Load();
            var sent = await PipelineEventReplayer.ReplayAsync(samples, lake, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Replayed {sent} sample CodePipeline events through RecordPipelineEvent into {lake}").ConfigureAwait(false);
            var changes = await SampleSalesReplayer.ReplayAsync(lake, TimeProvider.System, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"Replayed {changes} sample order changes through ExportOrderLines, and their rollups through ExportSalesDaily")
                .ConfigureAwait(false);
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

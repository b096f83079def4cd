using GitGoods.LocalEnvironment.Analytics;
using GitGoods.LocalEnvironment.Analytics.Replay;

namespace GitGoods.LocalEnvironment.Tests.Analytics;

/// <summary>
/// A lake folder holding the rows the real RecordPipelineEvent function wrote from the sample events (through its
/// Lambda entry point), and DuckDB over it with the delivery views created. Shared by the tests of one class.
/// </summary>
public sealed class ReplayedLake : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("gitgoods-delivery-").FullName;

    public DuckDbLake Lake { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _ = await PipelineEventReplayer.ReplayAsync(SamplePipelineEvents.Load(), Folder, CancellationToken.None);
        Lake = DuckDbLake.Open(Folder);
        foreach (var view in GitGoods.Analytics.Queries.AnalyticsQueries.Views)
        {
            _ = Lake.Query(view.Sql);
        }
    }

    public Task DisposeAsync()
    {
        Lake.Dispose();
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>A number DuckDB returned (BIGINT, HUGEINT, DOUBLE …) as a double.</summary>
    public static double Number(object? value) =>
        double.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}", value), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The rows of <paramref name="sql"/>'s answer, each as a column-name → value map.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows(string sql)
    {
        var result = Lake.Query(sql);
        return [.. result.Rows.Select(r => (IReadOnlyDictionary<string, object?>)result.Columns
            .Select((c, i) => (c, r[i])).ToDictionary(p => p.c, p => p.Item2, StringComparer.Ordinal))];
    }
}

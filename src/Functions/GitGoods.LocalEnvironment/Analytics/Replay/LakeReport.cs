using GitGoods.Analytics.Queries;

namespace GitGoods.LocalEnvironment.Analytics.Replay;

/// <summary>
/// Prints named queries' answers from DuckDB over a lake folder: the delivery metrics first, then the sales queries, then
/// any other query of <see cref="AnalyticsQueries.All"/>. The views are created first, as they are in Athena, so a query
/// may read them.
/// </summary>
public static class LakeReport
{
    public const string DeliveryHeading = "== Delivery metrics ==";

    public const string SalesHeading = "== Sales ==";

    public static void Write(string lakeFolder, TextWriter output)
    {
        using var lake = DuckDbLake.Open(lakeFolder);
        Write(lake, output);
    }

    public static void Write(DuckDbLake lake, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(lake);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var view in AnalyticsQueries.Views)
        {
            _ = lake.Query(view.Sql);
        }

        output.WriteLine(DeliveryHeading);
        WriteAll(lake, DeliveryQueries.All, output);
        output.WriteLine(SalesHeading);
        WriteAll(lake, SalesQueries.All, output);
        var others = AnalyticsQueries.All.Except(DeliveryQueries.All).Except(SalesQueries.All).ToList();
        if (others.Count > 0)
        {
            output.WriteLine("== Other saved queries ==");
            WriteAll(lake, others, output);
        }
    }

    private static void WriteAll(DuckDbLake lake, IEnumerable<NamedQuery> queries, TextWriter output)
    {
        foreach (var query in queries)
        {
            var result = lake.Query(query.Sql);
            output.WriteLine();
            output.WriteLine($"-- {query.Name}: {query.Description}");
            output.WriteLine(result.Rows.Count == 0 ? "(no rows)" : result.ToText());
        }

        output.WriteLine();
    }
}

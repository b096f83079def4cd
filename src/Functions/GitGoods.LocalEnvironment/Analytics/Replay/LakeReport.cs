using GitGoods.Analytics.Queries;

namespace GitGoods.LocalEnvironment.Analytics.Replay;

/// <summary>
/// Prints named queries' answers from DuckDB over a lake folder: the delivery metrics first, then every other query of
/// <see cref="AnalyticsQueries.All"/> (the sales queries, once their list joins it). The views are created first, as they
/// are in Athena, so a query may read them.
/// </summary>
public static class LakeReport
{
    public const string DeliveryHeading = "== Delivery metrics ==";

    public const string OtherHeading = "== Other named queries ==";

    public static void Write(string lakeFolder, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var lake = DuckDbLake.Open(lakeFolder);
        foreach (var view in AnalyticsQueries.Views)
        {
            _ = lake.Query(view.Sql);
        }

        output.WriteLine(DeliveryHeading);
        WriteAll(lake, DeliveryQueries.All, output);
        output.WriteLine(OtherHeading);
        var others = AnalyticsQueries.All.Where(q => !DeliveryQueries.All.Contains(q)).ToList();
        if (others.Count == 0)
        {
            output.WriteLine("(none)");
        }

        WriteAll(lake, others, output);
    }

    private static void WriteAll(DuckDbLake lake, IEnumerable<NamedQuery> queries, TextWriter output)
    {
        foreach (var query in queries)
        {
            output.WriteLine();
            output.WriteLine($"-- {query.Name}: {query.Description}");
            output.WriteLine(lake.Query(query.Sql).ToText());
        }

        output.WriteLine();
    }
}

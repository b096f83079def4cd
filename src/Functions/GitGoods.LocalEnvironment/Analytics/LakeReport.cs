using GitGoods.Analytics.Queries;

namespace GitGoods.LocalEnvironment.Analytics;

/// <summary>Prints named queries' answers from the local lake: the sales part of the replay command's output.</summary>
public static class LakeReport
{
    /// <summary>Creates the sales views, then runs every sales query and writes each as a titled text table.</summary>
    public static void WriteSales(DuckDbLake lake, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(lake);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var view in SalesViews.All)
        {
            _ = lake.Query(view.Sql);
        }

        Write(lake, SalesQueries.All, output);
    }

    /// <summary>Runs each query and writes its name, description and answer.</summary>
    public static void Write(DuckDbLake lake, IEnumerable<NamedQuery> queries, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(lake);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var query in queries)
        {
            var result = lake.Query(query.Sql);
            output.WriteLine($"== {query.Name}: {query.Description}");
            output.WriteLine(result.Rows.Count == 0 ? "(no rows)" : result.ToText());
            output.WriteLine();
        }
    }
}

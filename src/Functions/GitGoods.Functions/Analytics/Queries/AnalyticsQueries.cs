namespace GitGoods.Analytics.Queries;

/// <summary>
/// Every named query and view of the analytics workgroup, in one place: the CDK app saves each as an Athena named
/// query, the replay command prints each query's answer, and the suite runs each on DuckDB.
/// Another family of queries joins by adding its list here (e.g. <c>.. SalesQueries.All</c>).
/// </summary>
public static class AnalyticsQueries
{
    /// <summary>The queries (SELECTs) people run.</summary>
    public static IReadOnlyList<NamedQuery> All => [.. SalesQueries.All, .. DeliveryQueries.All];

    /// <summary>The <c>CREATE OR REPLACE VIEW</c> statements QuickSight's datasets depend on; run before the dashboards refresh.</summary>
    public static IReadOnlyList<NamedQuery> Views => [.. SalesViews.All, .. DeliveryViews.All];

    /// <summary>Everything the workgroup saves: the queries, then the view definitions.</summary>
    public static IReadOnlyList<NamedQuery> Saved => [.. All, .. Views];
}

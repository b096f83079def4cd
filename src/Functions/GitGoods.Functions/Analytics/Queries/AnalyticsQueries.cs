namespace GitGoods.Analytics.Queries;

/// <summary>Every saved query of the analytics workgroup, in one list: the CDK app saves them, the suite runs them on DuckDB.</summary>
public static class AnalyticsQueries
{
    public static IReadOnlyList<NamedQuery> All => [];
}

namespace GitGoods.Infrastructure.Analytics;

/// <summary>
/// The only actions analytics readers get, each named (no wildcards), so a review or a test can see that none
/// of them writes. docs/decisions/0005-business-analytics-access.md gives the reasoning.
/// </summary>
public static class AnalyticsAccessPolicy
{
    /// <summary>Run, watch, stop and read queries in one workgroup, and read its saved (named) queries. With managed query results, reading results
    /// needs only GetQueryResults / GetQueryResultsStream on the workgroup, no S3 access.</summary>
    public static readonly IReadOnlyList<string> AthenaActions =
    [
        "athena:StartQueryExecution",
        "athena:StopQueryExecution",
        "athena:GetQueryExecution",
        "athena:BatchGetQueryExecution",
        "athena:ListQueryExecutions",
        "athena:GetQueryResults",
        "athena:GetQueryResultsStream",
        "athena:GetQueryRuntimeStatistics",
        "athena:GetWorkGroup",
        "athena:ListNamedQueries",
        "athena:GetNamedQuery",
        "athena:BatchGetNamedQuery",
    ];

    /// <summary>Read the table definitions Athena plans a query from.</summary>
    public static readonly IReadOnlyList<string> GlueActions =
    [
        "glue:GetDatabase",
        "glue:GetDatabases",
        "glue:GetTable",
        "glue:GetTables",
        "glue:GetPartition",
        "glue:GetPartitions",
        "glue:BatchGetPartition",
    ];

    /// <summary>Athena lists the data's prefixes with the caller's credentials.</summary>
    public static readonly IReadOnlyList<string> S3BucketActions = ["s3:ListBucket", "s3:GetBucketLocation"];

    /// <summary>Athena reads the data with the caller's credentials.</summary>
    public static readonly IReadOnlyList<string> S3ObjectActions = ["s3:GetObject"];

    /// <summary>Everything above: the allow-list.</summary>
    public static IEnumerable<string> AllActions => [.. AthenaActions, .. GlueActions, .. S3BucketActions, .. S3ObjectActions];
}

namespace GitGoods.Analytics.Queries;

/// <summary>
/// A saved query of the analytics workgroup. Written once, in the SQL both Athena (Trino) and DuckDB accept, over the
/// <see cref="Lake.LakeTables"/> by their bare names: the CDK app saves it as an Athena named query in the analytics
/// database, and the suite runs it on DuckDB over the same files.
/// </summary>
public sealed record NamedQuery(string Name, string Description, string Sql);

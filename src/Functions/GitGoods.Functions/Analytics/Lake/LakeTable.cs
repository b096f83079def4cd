namespace GitGoods.Analytics.Lake;

/// <summary>How a lake table's files are written.</summary>
public enum LakeFormat
{
    /// <summary>Apache Parquet (typed columns).</summary>
    Parquet,

    /// <summary>
    /// Comma-separated values, RFC 4180 quoting (<c>"</c>, doubled inside a value), no header row, every column a string:
    /// Athena's OpenCSVSerDe reads exactly that, and queries cast where they need a type.
    /// </summary>
    Csv,
}

/// <summary>A column's type, named as Glue (Athena, Hive DDL) names it.</summary>
public enum LakeType
{
    /// <summary>Glue <c>string</c>.</summary>
    Text,

    /// <summary>Glue <c>bigint</c> (64-bit).</summary>
    BigInt,

    /// <summary>Glue <c>boolean</c>.</summary>
    Flag,

    /// <summary>UTC instants (Parquet INT64 timestamps).</summary>
    Timestamp,
}

/// <summary>One column of a lake table.</summary>
public sealed record LakeColumn(string Name, LakeType Type, string Comment);

/// <summary>
/// One table of the analytics lake: its files live under <c>{Prefix}dt=YYYY-MM-DD/</c> (Hive-style, one partition per day),
/// which Glue reads with partition projection on AWS and DuckDB reads with hive partitioning locally.
/// The CDK app builds the Glue table from this; the local query engine builds a view from it.
/// </summary>
public sealed record LakeTable(string Name, string Description, LakeFormat Format, IReadOnlyList<LakeColumn> Columns)
{
    /// <summary>The partition column: a calendar date, <c>yyyy-MM-dd</c>.</summary>
    public const string PartitionColumn = "dt";

    /// <summary>The first day partition projection offers (nothing is older).</summary>
    public const string FirstPartitionDay = "2026-01-01";

    /// <summary>The key prefix of the table's data in the analytics bucket (or folder), ending in a slash.</summary>
    public string Prefix => $"lake/{Name}/";

    /// <summary>The folder of one day's files.</summary>
    public string PartitionPrefix(DateOnly day) => $"{Prefix}{PartitionColumn}={day:yyyy-MM-dd}/";

    /// <summary>The file name extension of the table's files.</summary>
    public string Extension => Format == LakeFormat.Parquet ? ".parquet" : ".csv";
}

namespace GitGoods.Adapters.Analytics;

/// <summary>The physical types the lake writes: each maps to one Parquet type that Athena (engine v3) and DuckDB read.</summary>
public enum ParquetColumnKind
{
    /// <summary>BYTE_ARRAY, logical type STRING (UTF-8); may hold nulls.</summary>
    Text,

    /// <summary>INT64, required.</summary>
    BigInt,

    /// <summary>BOOLEAN, required.</summary>
    Boolean,

    /// <summary>INT64, logical type TIMESTAMP(isAdjustedToUTC = true, unit = MILLIS), required.</summary>
    TimestampUtc,
}

/// <summary>
/// One column of a Parquet file, its values in row order. Built only through the typed factories, so a column's values
/// always match its <see cref="Kind"/>.
/// </summary>
public sealed class ParquetColumn
{
    private ParquetColumn(string name, ParquetColumnKind kind, Array values)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Kind = kind;
        Values = values;
    }

    public string Name { get; }

    public ParquetColumnKind Kind { get; }

    public int Count => Values.Length;

    internal Array Values { get; }

    public static ParquetColumn Text(string name, IEnumerable<string?> values) => new(name, ParquetColumnKind.Text, values.ToArray());

    public static ParquetColumn BigInt(string name, IEnumerable<long> values) => new(name, ParquetColumnKind.BigInt, values.ToArray());

    public static ParquetColumn Boolean(string name, IEnumerable<bool> values) => new(name, ParquetColumnKind.Boolean, values.ToArray());

    /// <summary>Instants, stored as UTC milliseconds since the epoch (sub-millisecond parts are dropped).</summary>
    public static ParquetColumn TimestampUtc(string name, IEnumerable<DateTimeOffset> values) =>
        new(name, ParquetColumnKind.TimestampUtc, values.Select(v => new DateTime(v.UtcTicks - (v.UtcTicks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc)).ToArray());
}

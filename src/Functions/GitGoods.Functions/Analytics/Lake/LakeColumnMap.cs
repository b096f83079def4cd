using GitGoods.Adapters.Analytics;

namespace GitGoods.Analytics.Lake;

/// <summary>
/// How a row type fills a lake table's columns: one typed value reader per column name. <see cref="LakeFile"/> walks the
/// table's own column list, so a column the map lacks, or reads with the wrong type, fails at once instead of drifting.
/// </summary>
public sealed class LakeColumnMap<TRow>
{
    private readonly Dictionary<string, (LakeType Type, Func<string, IReadOnlyList<TRow>, ParquetColumn> Build)> _columns = new(StringComparer.Ordinal);

    public LakeColumnMap<TRow> Text(string name, Func<TRow, string?> value) =>
        Add(name, LakeType.Text, (n, rows) => ParquetColumn.Text(n, rows.Select(value)));

    public LakeColumnMap<TRow> BigInt(string name, Func<TRow, long> value) =>
        Add(name, LakeType.BigInt, (n, rows) => ParquetColumn.BigInt(n, rows.Select(value)));

    public LakeColumnMap<TRow> Flag(string name, Func<TRow, bool> value) =>
        Add(name, LakeType.Flag, (n, rows) => ParquetColumn.Boolean(n, rows.Select(value)));

    public LakeColumnMap<TRow> Timestamp(string name, Func<TRow, DateTimeOffset> value) =>
        Add(name, LakeType.Timestamp, (n, rows) => ParquetColumn.TimestampUtc(n, rows.Select(value)));

    /// <summary>The Parquet columns of <paramref name="table"/> for <paramref name="rows"/>, in the table's column order.</summary>
    /// <exception cref="InvalidOperationException">When the map and the table's columns disagree in names or types.</exception>
    public IReadOnlyList<ParquetColumn> ColumnsOf(LakeTable table, IReadOnlyList<TRow> rows)
    {
        ArgumentNullException.ThrowIfNull(table);
        var extra = _columns.Keys.Except(table.Columns.Select(c => c.Name), StringComparer.Ordinal).ToList();
        if (extra.Count > 0)
        {
            throw new InvalidOperationException($"{table.Name} has no column {string.Join(", ", extra)}.");
        }

        return [.. table.Columns.Select(column => _columns.TryGetValue(column.Name, out var map) && map.Type == column.Type
            ? map.Build(column.Name, rows)
            : throw new InvalidOperationException($"{table.Name}.{column.Name} ({column.Type}) is not mapped with that type."))];
    }

    private LakeColumnMap<TRow> Add(string name, LakeType type, Func<string, IReadOnlyList<TRow>, ParquetColumn> build)
    {
        _columns.Add(name, (type, build));
        return this;
    }
}

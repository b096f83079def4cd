using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;
using GitGoods.Analytics.Lake;

namespace GitGoods.LocalEnvironment.Analytics;

/// <summary>
/// The local stand-in for Athena: DuckDB, in memory, with one view per <see cref="LakeTable"/> over that table's files
/// under the lake folder (the same keys the functions write to S3 on AWS). A table with no files yet is an empty table of
/// the same columns, so every named query runs from the first start.
/// </summary>
public sealed class DuckDbLake : IDisposable
{
    private readonly DuckDBConnection _connection;

    private DuckDbLake(DuckDBConnection connection) => _connection = connection;

    /// <summary>Opens DuckDB over <paramref name="root"/>, the folder that stands in for the analytics bucket.</summary>
    public static DuckDbLake Open(string root)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        var lake = new DuckDbLake(connection);
        // Athena's sessions are UTC: current_date, and casts of the files' UTC timestamps, must not follow this machine's zone.
        lake.Execute("SET TimeZone = 'UTC'");
        foreach (var table in LakeTables.All)
        {
            lake.Execute(ViewOf(table, Path.GetFullPath(root)));
        }

        return lake;
    }

    /// <summary>Runs <paramref name="sql"/> and returns its columns and rows (values as DuckDB returns them; null for SQL NULL).</summary>
    public LakeResult Query(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<IReadOnlyList<object?>>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i))]);
        }

        return new LakeResult(columns, rows);
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>The DDL that exposes <paramref name="table"/>: a view over its files, or an empty table when there are none.</summary>
    internal static string ViewOf(LakeTable table, string root)
    {
        var folder = Path.Combine(root, table.Prefix);
        var hasFiles = Directory.Exists(folder)
            && Directory.EnumerateFiles(folder, "*" + table.Extension, SearchOption.AllDirectories).Any();
        var columns = string.Join(", ", table.Columns.Select(c => $"{c.Name} {DuckDbType(c.Type)}").Append($"{LakeTable.PartitionColumn} VARCHAR"));
        if (!hasFiles)
        {
            return $"CREATE TABLE {table.Name} ({columns})";
        }

        var glob = Literal(Path.Combine(folder, "*", "*" + table.Extension));
        var source = table.Format == LakeFormat.Parquet
            ? $"read_parquet({glob}, hive_partitioning = true, hive_types = {{'{LakeTable.PartitionColumn}': VARCHAR}}, union_by_name = true)"
            : $"read_csv({glob}, header = false, delim = ',', quote = '\"', escape = '\"', hive_partitioning = true, "
              + $"hive_types = {{'{LakeTable.PartitionColumn}': VARCHAR}}, columns = {{{string.Join(", ", table.Columns.Select(c => $"'{c.Name}': 'VARCHAR'"))}}})";
        var select = string.Join(", ", table.Columns.Select(c => $"CAST({c.Name} AS {DuckDbType(c.Type)}) AS {c.Name}").Append(LakeTable.PartitionColumn));
        return $"CREATE VIEW {table.Name} AS SELECT {select} FROM {source}";
    }

    private static string DuckDbType(LakeType type) => type switch
    {
        LakeType.Text => "VARCHAR",
        LakeType.BigInt => "BIGINT",
        LakeType.Flag => "BOOLEAN",
        LakeType.Timestamp => "TIMESTAMP",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private void Execute(string sql)
    {
        using DbCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        _ = command.ExecuteNonQuery();
    }
}

/// <summary>A query's answer: column names and rows.</summary>
public sealed record LakeResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>The result as an aligned text table, for the console.</summary>
    public string ToText()
    {
        var cells = Rows.Select(r => r.Select(Format).ToList()).ToList();
        var widths = Columns.Select((c, i) => Math.Max(c.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToList();
        string Line(IEnumerable<string> values) => string.Join(" | ", values.Select((v, i) => v.PadRight(widths[i]))).TrimEnd();
        return string.Join(Environment.NewLine,
            new[] { Line(Columns), string.Join("-+-", widths.Select(w => new string('-', w))) }.Concat(cells.Select(Line)));
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

using GitGoods.Adapters.Analytics;
using GitGoods.Domain.Analytics;

namespace GitGoods.Analytics.Lake;

/// <summary>Writes one file of a Parquet lake table: its columns come from the table's definition, its key from the partition.</summary>
public static class LakeFile
{
    public const string ParquetContentType = "application/vnd.apache.parquet";

    /// <summary>The key of the file <paramref name="name"/> (no extension) in the <paramref name="day"/> partition of <paramref name="table"/>.</summary>
    public static string KeyOf(LakeTable table, DateOnly day, string name)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.PartitionPrefix(day) + name + table.Extension;
    }

    /// <summary>The Parquet bytes of <paramref name="rows"/> as <paramref name="table"/>'s columns.</summary>
    /// <exception cref="InvalidOperationException">When the table is not Parquet, or the map does not fit it.</exception>
    public static Task<byte[]> EncodeAsync<TRow>(LakeTable table, LakeColumnMap<TRow> map, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(map);
        return table.Format == LakeFormat.Parquet
            ? ParquetEncoder.EncodeAsync(map.ColumnsOf(table, rows), cancellationToken)
            : throw new InvalidOperationException($"{table.Name} is not a Parquet table.");
    }

    /// <summary>Encodes <paramref name="rows"/> and writes (or replaces) the file at <paramref name="key"/>.</summary>
    public static async Task WriteAsync<TRow>(IAnalyticsFiles files, string key, LakeTable table, LakeColumnMap<TRow> map,
        IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var content = await EncodeAsync(table, map, rows, cancellationToken).ConfigureAwait(false);
        await files.PutAsync(key, content, ParquetContentType, cancellationToken).ConfigureAwait(false);
    }
}

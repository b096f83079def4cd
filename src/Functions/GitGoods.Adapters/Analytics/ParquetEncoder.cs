using Parquet;
using Parquet.Schema;

namespace GitGoods.Adapters.Analytics;

/// <summary>
/// Writes a whole Parquet file (one row group, Snappy) from typed columns, through Parquet.Net's low-level column API:
/// no reflection-based serializer, so it is safe in a Native AOT function.
/// </summary>
public static class ParquetEncoder
{
    /// <summary>The file's bytes, columns in the order given.</summary>
    /// <exception cref="ArgumentException">When there are no columns, two share a name, or their row counts differ.</exception>
    public static async Task<byte[]> EncodeAsync(IReadOnlyList<ParquetColumn> columns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Validate(columns);
        var fields = columns.Select(FieldOf).ToList();
        using var output = new MemoryStream();
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output, options, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            using var rowGroup = writer.CreateRowGroup();
            for (var i = 0; i < columns.Count; i++)
            {
                await WriteAsync(rowGroup, fields[i], columns[i], cancellationToken).ConfigureAwait(false);
            }

            rowGroup.CompleteValidate();
        }

        return output.ToArray();
    }

    private static void Validate(IReadOnlyList<ParquetColumn> columns)
    {
        if (columns.Count == 0)
        {
            throw new ArgumentException("A Parquet file needs at least one column.", nameof(columns));
        }

        if (columns.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != columns.Count)
        {
            throw new ArgumentException("Two columns share a name.", nameof(columns));
        }

        if (columns.Any(c => c.Count != columns[0].Count))
        {
            throw new ArgumentException("Every column must hold the same number of rows.", nameof(columns));
        }
    }

    private static DataField FieldOf(ParquetColumn column) => column.Kind switch
    {
        ParquetColumnKind.Text => new DataField<string>(column.Name, nullable: true),
        ParquetColumnKind.BigInt => new DataField<long>(column.Name, nullable: false),
        ParquetColumnKind.Boolean => new DataField<bool>(column.Name, nullable: false),
        ParquetColumnKind.TimestampUtc => new DateTimeDataField(column.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: true,
            unit: DateTimeTimeUnit.Millis, isNullable: false),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, "Unknown column kind."),
    };

    private static Task WriteAsync(ParquetRowGroupWriter rowGroup, DataField field, ParquetColumn column, CancellationToken cancellationToken) =>
        column.Values switch
        {
            string?[] text => rowGroup.WriteAsync(field, text),
            long[] numbers => rowGroup.WriteAsync(field, new ReadOnlyMemory<long>(numbers), cancellationToken: cancellationToken),
            bool[] flags => rowGroup.WriteAsync(field, new ReadOnlyMemory<bool>(flags), cancellationToken: cancellationToken),
            DateTime[] instants => rowGroup.WriteAsync(field, new ReadOnlyMemory<DateTime>(instants), cancellationToken: cancellationToken),
            _ => throw new InvalidOperationException($"Column {column.Name} holds values of an unexpected type."),
        };
}

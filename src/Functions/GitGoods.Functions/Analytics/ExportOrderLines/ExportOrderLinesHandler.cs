using GitGoods.Domain.Analytics.Sales;
using GitGoods.Analytics.Lake;
using GitGoods.Analytics.OrderChanges;
using GitGoods.Domain.Analytics;
using GitGoods.Hosting.DynamoDbStreams;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Analytics.ExportOrderLines;

/// <summary>
/// The shop table's second stream consumer: appends each order change's lines to <see cref="LakeTables.OrderLines"/>,
/// one Parquet file per UTC change day per batch. A file's name is the batch's first and last sequence numbers, so a
/// retried identical batch replaces its own files instead of adding copies.
/// </summary>
public sealed class ExportOrderLinesHandler(IAnalyticsFiles files, ShopCalendar calendar) : IDynamoDbStreamHandler
{
    public async Task<string?> HandleAsync(DynamoDbStreamEvent streamEvent, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(streamEvent);
        ArgumentNullException.ThrowIfNull(context);
        var (changes, exported, failedAt) = Read(streamEvent.Records);
        if (exported.Count > 0)
        {
            var rows = changes.SelectMany(c => OrderLineRow.Of(c, calendar)).ToList();
            var name = exported[0].DynamoDb.SequenceNumber + "-" + exported[^1].DynamoDb.SequenceNumber;
            foreach (var partition in rows.GroupBy(r => DateOnly.FromDateTime(r.ChangedAt.UtcDateTime)))
            {
                await LakeFile.WriteAsync(files, LakeFile.KeyOf(LakeTables.OrderLines, partition.Key, name),
                    LakeTables.OrderLines, OrderLineRow.Columns, [.. partition], cancellationToken).ConfigureAwait(false);
            }

            context.Metrics.AddMetric("OrderLinesExported", rows.Count);
        }

        if (failedAt is not null)
        {
            context.Logger.Error("A stream record is not a readable order change; the records before it were exported.",
                keys: new Dictionary<string, object?>(StringComparer.Ordinal) { ["sequenceNumber"] = failedAt });
        }

        return failedAt;
    }

    /// <summary>
    /// The order changes of the records up to the first one that cannot be read (whose sequence number is then returned:
    /// the mapping retries from it, and bisects it away from the rest).
    /// </summary>
    private static (List<OrderChange> Changes, List<DynamoDbStreamRecord> Exported, string? FailedAt) Read(IList<DynamoDbStreamRecord> records)
    {
        var changes = new List<OrderChange>();
        var exported = new List<DynamoDbStreamRecord>();
        foreach (var record in records)
        {
            OrderChange? change;
            try
            {
                change = OrderChange.From(record);
            }
            catch (Exception e) when (e is KeyNotFoundException or FormatException or ArgumentException or OverflowException)
            {
                return (changes, exported, record.DynamoDb.SequenceNumber);
            }

            exported.Add(record);
            if (change is not null)
            {
                changes.Add(change);
            }
        }

        return (changes, exported, null);
    }
}

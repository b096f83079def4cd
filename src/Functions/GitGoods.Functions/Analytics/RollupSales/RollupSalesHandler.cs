using GitGoods.Analytics.OrderChanges;
using GitGoods.Domain.Analytics.Sales;
using GitGoods.Hosting.DynamoDbStreams;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Analytics.RollupSales;

/// <summary>
/// The shop table's stream (order images only) → the sales rollups. Records are applied one by one in shard order; the
/// ledger makes each application idempotent, so the mapping may deliver any record again. The first record that fails
/// is reported (its SequenceNumber) and the mapping retries from it. Logs carry order ids and sequence numbers only.
/// </summary>
public sealed class RollupSalesHandler(ISalesLedger ledger) : IDynamoDbStreamHandler
{
    public const string FunctionName = "RollupSales";

    public async Task<string?> HandleAsync(DynamoDbStreamEvent streamEvent, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(streamEvent);
        ArgumentNullException.ThrowIfNull(context);
        var changed = 0;
        foreach (var record in streamEvent.Records)
        {
            try
            {
                if (OrderChange.From(record) is { } change)
                {
                    changed += await ledger.ApplyAsync(change.After, cancellationToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A partial batch failure: the records before this one are applied; the mapping retries from this one.
                context.Logger.Error("A stream record could not be applied to the sales rollups", e, new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["sequence_number"] = record.DynamoDb.SequenceNumber,
                    ["event_id"] = record.EventId,
                });
                return record.DynamoDb.SequenceNumber;
            }
        }

        context.Logger.Information("Applied stream records to the sales rollups", new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["records"] = streamEvent.Records.Count,
            ["sellers_changed"] = changed,
        });
        return null;
    }
}

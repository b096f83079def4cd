using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Domain.Analytics.Sales;
using GitGoods.Domain.Orders;

namespace GitGoods.Adapters.Analytics.Sales;

/// <summary>
/// Applies order changes to the sales rollups exactly once. Per seller of the order: read the ledger entry, decide the
/// delta (<see cref="SalesLedgerEntry.Delta"/>), and write the ledger and the rollup ADDs in one transaction, conditional
/// on the ledger still being as read. A lost race is read again; a duplicate or stale version then changes nothing.
/// One seller's part is at most <see cref="OrderContributions.MaxRowsPerSeller"/> rows plus the ledger: within the
/// 100 items of a transaction.
/// </summary>
public sealed class DynamoSalesLedger(IAmazonDynamoDB dynamoDb, string tableName, ShopCalendar calendar) : ISalesLedger
{
    private const int MaxAttempts = 5;

    public async Task<int> ApplyAsync(Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var counted = SaleStatuses.Counts(order.Status);
        var changed = 0;
        foreach (var part in OrderContributions.Of(order, calendar))
        {
            if (await ApplyPartAsync(order, part, counted, cancellationToken))
            {
                changed++;
            }
        }

        return changed;
    }

    private async Task<bool> ApplyPartAsync(Order order, SellerContribution part, bool counted, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await ReadLedgerAsync(order.Id, part.SellerId, cancellationToken);
            if (SalesLedgerEntry.Delta(current, order.Version, counted) is not { } delta)
            {
                return false;
            }

            try
            {
                await dynamoDb.TransactWriteItemsAsync(new TransactWriteItemsRequest
                {
                    TransactItems = SalesRollupUpdates.For(tableName, order.Id, part, order.Version, counted, current?.Version, delta),
                }, cancellationToken);
                return delta != 0;
            }
            catch (TransactionCanceledException e) when (attempt < MaxAttempts && LedgerConditionFailed(e))
            {
                // Another delivery of this order moved the ledger meanwhile: read it again and decide anew.
            }
        }
    }

    private async Task<SalesLedgerEntry?> ReadLedgerAsync(string orderId, string sellerId, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = tableName,
            Key = SalesRollupItems.LedgerKey(orderId, sellerId),
            ConsistentRead = true,
        }, cancellationToken);
        return SalesRollupItems.LedgerFrom(response.Item);
    }

    private static bool LedgerConditionFailed(TransactionCanceledException e) =>
        e.CancellationReasons is { Count: > 0 } reasons && string.Equals(reasons[0].Code, "ConditionalCheckFailed", StringComparison.Ordinal);
}

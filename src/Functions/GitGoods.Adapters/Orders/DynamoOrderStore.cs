using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Catalog;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;

namespace GitGoods.Adapters.Orders;

/// <summary>
/// Orders in the shop table. Placing writes the order, one index entry per seller and the outbox entry in one transaction;
/// reserving and releasing stock move units between products and the order in one transaction each, so stock never
/// goes below zero and is never taken or given back twice.
/// </summary>
public sealed class DynamoOrderStore(IAmazonDynamoDB dynamoDb, string tableName) : IOrderStore, IOrderOutbox
{
    private const string Pending = "PENDING";

    public async Task<bool> CreateAsync(Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        List<TransactWriteItem> writes =
        [
            new() { Put = new Put { TableName = tableName, Item = OrderItem.ToItem(order), ConditionExpression = "attribute_not_exists(PK)" } },
            .. order.SellerIds.Select(seller => new TransactWriteItem { Put = new Put { TableName = tableName, Item = OrderItem.SellerEntry(order, seller) } }),
            new() { Put = new Put { TableName = tableName, Item = OutboxItem.ToItem(order) } },
        ];
        return await WriteOrderFirstAsync(writes, cancellationToken);
    }

    public async Task<Order?> FindAsync(string orderId, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = tableName, Key = OrderItem.Key(orderId), ConsistentRead = true,
        }, cancellationToken);
        return response.IsItemSet && response.Item.Count > 0 ? OrderItem.FromItem(response.Item) : null;
    }

    public Task<Page<Order>> ListByCustomerAsync(string customerId, PageRequest page, CancellationToken cancellationToken) =>
        QueryOrdersAsync(ShopTable.Gsi2, OrderCursors.Customer, OrderItem.CustomerPartitionOf(customerId), page, cancellationToken);

    public Task<Page<Order>> ListAllAsync(OrderStatus? status, PageRequest page, CancellationToken cancellationToken) =>
        status is { } s
            ? QueryOrdersAsync(ShopTable.Gsi3, OrderCursors.ByStatus, OrderItem.StatusPartitionOf(s), page, cancellationToken)
            : QueryOrdersAsync(ShopTable.Gsi1, OrderCursors.All, OrderItem.AllOrdersPartition, page, cancellationToken);

    public async Task<Page<Order>> ListBySellerAsync(string sellerId, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var partition = OrderItem.SellerPartitionOf(sellerId);
        var cursor = OrderCursors.Seller(sellerId);
        var (items, next) = await QueryIndexAsync(ShopTable.Gsi2, cursor, partition, page, cancellationToken);
        var ids = items.Select(i => i["orderId"].S).ToList();
        var orders = await GetManyAsync(ids, cancellationToken);
        return new Page<Order>([.. ids.Where(orders.ContainsKey).Select(id => orders[id])], next);
    }

    public async Task<StockReservation> ReserveStockAsync(Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        List<TransactWriteItem> writes =
        [
            new()
            {
                Update = new Update
                {
                    TableName = tableName,
                    Key = OrderItem.Key(order.Id),
                    UpdateExpression = "SET stockReserved = :true, version = version + :one",
                    ConditionExpression = "#status = :pending AND stockReserved = :false",
                    ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#status"] = "status" },
                    ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
                    {
                        [":true"] = new() { BOOL = true }, [":false"] = new() { BOOL = false },
                        [":pending"] = new(Pending), [":one"] = ItemValues.Number(1),
                    },
                },
            },
            .. order.Lines.Select(line => new TransactWriteItem
            {
                Update = new Update
                {
                    TableName = tableName,
                    Key = ProductKey(line.ProductId),
                    UpdateExpression = "SET stock = stock - :quantity, version = version + :one",
                    ConditionExpression = "stock >= :quantity AND #status = :active",
                    ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#status"] = "status" },
                    ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
                    {
                        [":quantity"] = ItemValues.Number(line.Quantity), [":one"] = ItemValues.Number(1), [":active"] = new("ACTIVE"),
                    },
                },
            }),
        ];
        switch (await TransactAsync(writes, cancellationToken))
        {
            case null:
                return StockReservation.Reserved;
            case 0:
                // The order's own condition failed: reserved by an earlier delivery, or no longer PENDING.
                var current = await FindAsync(order.Id, cancellationToken);
                return current is { StockReserved: true } ? StockReservation.Reserved : StockReservation.NotPending;
            default:
                return StockReservation.OutOfStock;
        }
    }

    public async Task<bool> ReleaseStockAsync(Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        List<TransactWriteItem> writes =
        [
            new()
            {
                Update = new Update
                {
                    TableName = tableName,
                    Key = OrderItem.Key(order.Id),
                    UpdateExpression = "SET stockReserved = :false, version = version + :one",
                    // Never from a confirmed order: only one the workflow rejected, or that is still PENDING on its way to rejection.
                    ConditionExpression = "stockReserved = :true AND #status IN (:pending, :rejected, :cancelled)",
                    ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#status"] = "status" },
                    ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
                    {
                        [":true"] = new() { BOOL = true }, [":false"] = new() { BOOL = false }, [":one"] = ItemValues.Number(1),
                        [":pending"] = new(Pending), [":rejected"] = new("REJECTED"), [":cancelled"] = new("CANCELLED"),
                    },
                },
            },
            .. Restock(order),
        ];
        return await WriteOrderFirstAsync(writes, cancellationToken);
    }

    public async Task<(bool Confirmed, Order? Order)> ConfirmAsync(string orderId, string authorizationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var entry = OrderItem.HistoryToItem([new StatusChange(OrderStatus.Confirmed, at)]);
        try
        {
            var response = await dynamoDb.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = tableName,
                Key = OrderItem.Key(orderId),
                UpdateExpression = "SET #status = :confirmed, history = list_append(history, :entry), updatedAt = :at, version = version + :one, "
                    + "GSI3PK = :statusKey, paymentAuthorizationId = :auth",
                ConditionExpression = "#status = :pending AND stockReserved = :true",
                ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#status"] = "status" },
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
                {
                    [":confirmed"] = new(OrderStatusRules.Name(OrderStatus.Confirmed)), [":pending"] = new(Pending), [":entry"] = entry,
                    [":at"] = new(ItemValues.Iso(at)), [":one"] = ItemValues.Number(1), [":true"] = new() { BOOL = true },
                    [":statusKey"] = new(OrderItem.StatusPartitionOf(OrderStatus.Confirmed)), [":auth"] = new(authorizationId),
                },
                ReturnValues = ReturnValue.ALL_NEW,
                ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
            }, cancellationToken);
            return (true, OrderItem.FromItem(response.Attributes));
        }
        catch (ConditionalCheckFailedException e)
        {
            return (false, e.Item is { Count: > 0 } old ? OrderItem.FromItem(old) : null);
        }
    }

    public async Task<bool> SaveTransitionAsync(Order changed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var releasesStock = changed is { Status: OrderStatus.Cancelled, StockReserved: true };
        var values = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [":status"] = new(OrderStatusRules.Name(changed.Status)),
            [":history"] = OrderItem.HistoryToItem(changed.History),
            [":updatedAt"] = new(ItemValues.Iso(changed.UpdatedAt)),
            [":version"] = ItemValues.Number(changed.Version),
            [":previous"] = ItemValues.Number(changed.Version - 1),
            [":statusKey"] = new(OrderItem.StatusPartitionOf(changed.Status)),
            [":reserved"] = new() { BOOL = changed.StockReserved && !releasesStock },
        };
        var set = "SET #status = :status, history = :history, updatedAt = :updatedAt, version = :version, GSI3PK = :statusKey, stockReserved = :reserved";
        if (changed.RejectionReason is not null)
        {
            set += ", rejectionReason = :reason";
            values[":reason"] = new(changed.RejectionReason);
        }

        List<TransactWriteItem> writes =
        [
            new()
            {
                Update = new Update
                {
                    TableName = tableName,
                    Key = OrderItem.Key(changed.Id),
                    UpdateExpression = set,
                    ConditionExpression = "version = :previous",
                    ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#status"] = "status" },
                    ExpressionAttributeValues = values,
                },
            },
            .. releasesStock ? Restock(changed) : [],
        ];
        return await WriteOrderFirstAsync(writes, cancellationToken);
    }

    public Task RecordFailureAsync(string orderId, string failure, DateTimeOffset at, CancellationToken cancellationToken) =>
        dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = tableName,
            Key = OrderItem.Key(orderId),
            UpdateExpression = "SET lastError = :error, lastErrorAt = :at",
            ConditionExpression = "attribute_exists(PK)",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
            {
                [":error"] = new(failure.Length > 500 ? failure[..500] : failure), [":at"] = new(ItemValues.Iso(at)),
            },
        }, cancellationToken);

    public async Task<IReadOnlyList<OutboxEntry>> ListUnsentAsync(DateTimeOffset placedBefore, int max, CancellationToken cancellationToken)
    {
        var queries = Enumerable.Range(0, OutboxItem.Shards).Select(shard => dynamoDb.QueryAsync(new QueryRequest
        {
            TableName = tableName,
            KeyConditionExpression = "PK = :pk AND SK < :before",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
            {
                [":pk"] = new(OutboxItem.PartitionOf(shard)), [":before"] = new(ItemValues.Iso(placedBefore)),
            },
            Limit = max,
            ConsistentRead = true,
        }, cancellationToken));
        var pages = await Task.WhenAll(queries);
        return [.. pages.SelectMany(p => p.Items ?? []).Select(OutboxItem.FromItem).OrderBy(e => e.PlacedAt).Take(max)];
    }

    public Task MarkSentAsync(OutboxEntry entry, CancellationToken cancellationToken) =>
        dynamoDb.DeleteItemAsync(new DeleteItemRequest { TableName = tableName, Key = OutboxItem.Key(entry) }, cancellationToken);

    private IEnumerable<TransactWriteItem> Restock(Order order) => order.Lines.Select(line => new TransactWriteItem
    {
        Update = new Update
        {
            TableName = tableName,
            Key = ProductKey(line.ProductId),
            UpdateExpression = "SET stock = stock + :quantity, version = version + :one",
            ConditionExpression = "attribute_exists(PK)",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
            {
                [":quantity"] = ItemValues.Number(line.Quantity), [":one"] = ItemValues.Number(1),
            },
        },
    });

    private async Task<Page<Order>> QueryOrdersAsync(string index, IndexCursor cursor, string partition, PageRequest page, CancellationToken cancellationToken)
    {
        var (items, next) = await QueryIndexAsync(index, cursor, partition, page, cancellationToken);
        return new Page<Order>([.. items.Select(OrderItem.FromItem)], next);
    }

    private async Task<(List<Dictionary<string, AttributeValue>> Items, string? Next)> QueryIndexAsync(
        string index, IndexCursor cursor, string partition, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var (partitionKey, sortKey) = IndexKeys(index);
        var request = new QueryRequest
        {
            TableName = tableName,
            IndexName = index,
            KeyConditionExpression = $"{partitionKey} = :pk",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { [":pk"] = new(partition) },
            ScanIndexForward = false,
            Limit = page.Limit + 1,
            ExclusiveStartKey = page.Cursor is null ? null : cursor.Decode(page.Cursor, partition),
        };
        var response = await dynamoDb.QueryAsync(request, cancellationToken);
        var items = response.Items ?? [];
        if (items.Count <= page.Limit)
        {
            return (items, null);
        }

        items = items.Take(page.Limit).ToList();
        return (items, cursor.Encode(partition, items[^1][sortKey].S));
    }

    private async Task<Dictionary<string, Order>> GetManyAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Order>(StringComparer.Ordinal);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(100))
        {
            var keys = new KeysAndAttributes { Keys = [.. chunk.Select(OrderItem.Key)], ConsistentRead = true };
            var request = new Dictionary<string, KeysAndAttributes>(StringComparer.Ordinal) { [tableName] = keys };
            while (request.Count > 0)
            {
                var response = await dynamoDb.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = request }, cancellationToken);
                foreach (var item in response.Responses?.GetValueOrDefault(tableName) ?? [])
                {
                    var order = OrderItem.FromItem(item);
                    found[order.Id] = order;
                }

                request = response.UnprocessedKeys ?? [];
            }
        }

        return found;
    }

    private static (string PartitionKey, string SortKey) IndexKeys(string index) => index switch
    {
        ShopTable.Gsi1 => (ShopTable.Gsi1PartitionKey, ShopTable.Gsi1SortKey),
        ShopTable.Gsi2 => (ShopTable.Gsi2PartitionKey, ShopTable.Gsi2SortKey),
        _ => (ShopTable.Gsi3PartitionKey, ShopTable.Gsi3SortKey),
    };

    private static Dictionary<string, AttributeValue> ProductKey(string productId) => new(StringComparer.Ordinal)
    {
        [ShopTable.PartitionKey] = new("PRODUCT#" + productId),
        [ShopTable.SortKey] = new("PRODUCT"),
    };

    /// <summary>Runs the transaction; null when it committed, else the index of the first write whose condition failed.</summary>
    private async Task<int?> TransactAsync(List<TransactWriteItem> writes, CancellationToken cancellationToken)
    {
        try
        {
            await dynamoDb.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = writes }, cancellationToken);
            return null;
        }
        catch (TransactionCanceledException e) when (e.CancellationReasons?.FindIndex(r =>
            string.Equals(r.Code, "ConditionalCheckFailed", StringComparison.Ordinal)) is >= 0 and var failed)
        {
            return failed;
        }
    }

    /// <summary>For transactions whose first write is the order's own conditional write: false when only that condition failed.</summary>
    private async Task<bool> WriteOrderFirstAsync(List<TransactWriteItem> writes, CancellationToken cancellationToken) =>
        await TransactAsync(writes, cancellationToken) switch
        {
            null => true,
            0 => false,
            var other => throw new InvalidOperationException($"The transaction's write {other} failed its condition (only the order's may)."),
        };
}

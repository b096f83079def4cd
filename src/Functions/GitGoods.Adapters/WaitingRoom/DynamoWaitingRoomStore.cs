using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.WaitingRoom;

namespace GitGoods.Adapters.WaitingRoom;

/// <summary>
/// The waiting room in the shop table (<see cref="WaitingRoomItems"/>). The arrival number is an <c>UpdateItem ADD</c> on
/// the line item; every advance is one transaction conditional on the line's version and on each place it changes, so two
/// advancers never both win and a check-in that lands meanwhile is never overwritten.
/// </summary>
public sealed class DynamoWaitingRoomStore(IAmazonDynamoDB dynamoDb, string tableName) : IWaitingRoomStore
{
    private const int Attempts = 4;

    public async Task<IReadOnlyList<Sale>> ListSalesAsync(CancellationToken cancellationToken)
    {
        var sales = new List<Sale>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var page = await dynamoDb.QueryAsync(new QueryRequest
            {
                TableName = tableName, KeyConditionExpression = "PK = :pk", ExclusiveStartKey = start,
                ExpressionAttributeValues = new(StringComparer.Ordinal) { [":pk"] = new AttributeValue(WaitingRoomItems.SalesPartition) },
            }, cancellationToken).ConfigureAwait(false);
            sales.AddRange((page.Items ?? []).Select(WaitingRoomItems.ToSale));
            start = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (start is not null);
        return sales;
    }

    public async Task<SaleWithLine?> FindAsync(string saleId, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest { TableName = tableName, Key = WaitingRoomItems.LineKey(saleId), ConsistentRead = true },
            cancellationToken).ConfigureAwait(false);
        return response.Item is { Count: > 0 } item ? new SaleWithLine(WaitingRoomItems.ToSale(item), WaitingRoomItems.ToLine(item)) : null;
    }

    public async Task PutSaleAsync(Sale sale, SaleLine emptyLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sale);
        ArgumentNullException.ThrowIfNull(emptyLine);
        var definition = WaitingRoomItems.Definition(sale);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        var sets = new List<string>();
        foreach (var (name, value) in definition)
        {
            names["#" + name] = name;
            values[":" + name] = value;
            sets.Add($"#{name} = :{name}");
        }

        // A new line starts empty; an existing one keeps its counter, pointer and admissions ("open the doors" on a live sale).
        foreach (var (name, value) in LineDefaults(emptyLine))
        {
            names["#" + name] = name;
            values[":" + name + "0"] = value;
            sets.Add($"#{name} = if_not_exists(#{name}, :{name}0)");
        }

        values[":one"] = ItemValues.Number(1);
        var update = "SET " + string.Join(", ", sets) + (sale.ProductIds is null ? " REMOVE productIds" : "") + " ADD #version :one";
        names["#version"] = WaitingRoomItems.Version;
        var listItem = WaitingRoomItems.ListKey(sale.Id);
        foreach (var (name, value) in definition)
        {
            listItem[name] = value;
        }

        await dynamoDb.TransactWriteItemsAsync(new TransactWriteItemsRequest
        {
            TransactItems =
            [
                new TransactWriteItem { Put = new Put { TableName = tableName, Item = listItem } },
                new TransactWriteItem
                {
                    Update = new Update
                    {
                        TableName = tableName, Key = WaitingRoomItems.LineKey(sale.Id), UpdateExpression = update,
                        ExpressionAttributeNames = names, ExpressionAttributeValues = values,
                    },
                },
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteSaleAsync(string saleId, CancellationToken cancellationToken)
    {
        // The line stays (its counter must not restart under places that still exist); only its end moves to now.
        try
        {
            await dynamoDb.TransactWriteItemsAsync(new TransactWriteItemsRequest
            {
                TransactItems =
                [
                    new TransactWriteItem { Delete = new Delete { TableName = tableName, Key = WaitingRoomItems.ListKey(saleId) } },
                    new TransactWriteItem
                    {
                        Update = new Update
                        {
                            TableName = tableName, Key = WaitingRoomItems.LineKey(saleId), ConditionExpression = "attribute_exists(PK)",
                            UpdateExpression = "SET endsAt = :now ADD #version :one",
                            ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#version"] = WaitingRoomItems.Version },
                            ExpressionAttributeValues = new(StringComparer.Ordinal)
                            {
                                [":now"] = new AttributeValue(ItemValues.Iso(DateTimeOffset.UtcNow)), [":one"] = ItemValues.Number(1),
                            },
                        },
                    },
                ],
            }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TransactionCanceledException e) when (e.CancellationReasons?.Any(r => string.Equals(r.Code, "ConditionalCheckFailed", StringComparison.Ordinal)) == true)
        {
            return false;
        }
    }

    public Task<long> IssuePositionAsync(string saleId, CancellationToken cancellationToken) =>
        ConflictRetry.RunAsync(() => IssuePositionOnceAsync(saleId, cancellationToken), cancellationToken);

    private async Task<long> IssuePositionOnceAsync(string saleId, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = tableName, Key = WaitingRoomItems.LineKey(saleId), UpdateExpression = "ADD #issued :one",
            ConditionExpression = "attribute_exists(PK)",
            ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#issued"] = WaitingRoomItems.Issued },
            ExpressionAttributeValues = new(StringComparer.Ordinal) { [":one"] = ItemValues.Number(1) },
            ReturnValues = ReturnValue.UPDATED_NEW,
        }, cancellationToken).ConfigureAwait(false);
        return long.Parse(response.Attributes[WaitingRoomItems.Issued].N, CultureInfo.InvariantCulture);
    }

    public Task<bool> CreatePlaceAsync(string saleId, Place place, DateTimeOffset keepUntil, CancellationToken cancellationToken) =>
        ConflictRetry.RunAsync(() => CreatePlaceOnceAsync(saleId, place, keepUntil, cancellationToken), cancellationToken);

    private async Task<bool> CreatePlaceOnceAsync(string saleId, Place place, DateTimeOffset keepUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        var pointer = WaitingRoomItems.ShopperKey(saleId, place.ShopperId);
        pointer["position"] = ItemValues.Number(place.Position);
        pointer[ShopTable.TimeToLive] = ItemValues.Number(keepUntil.ToUnixTimeSeconds());
        try
        {
            await dynamoDb.TransactWriteItemsAsync(new TransactWriteItemsRequest
            {
                TransactItems =
                [
                    new TransactWriteItem
                    {
                        Put = new Put { TableName = tableName, Item = WaitingRoomItems.PlaceItem(saleId, place, keepUntil), ConditionExpression = "attribute_not_exists(PK)" },
                    },
                    new TransactWriteItem { Put = new Put { TableName = tableName, Item = pointer } },
                ],
            }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TransactionCanceledException e) when (e.CancellationReasons?.Any(r => string.Equals(r.Code, "ConditionalCheckFailed", StringComparison.Ordinal)) == true)
        {
            return false; // an advancer voided this number first: the joiner takes the next one
        }
    }

    public async Task<Place?> FindShopperPlaceAsync(string saleId, string shopperId, CancellationToken cancellationToken)
    {
        var pointer = await dynamoDb.GetItemAsync(new GetItemRequest { TableName = tableName, Key = WaitingRoomItems.ShopperKey(saleId, shopperId), ConsistentRead = true },
            cancellationToken).ConfigureAwait(false);
        return pointer.Item is { Count: > 0 } item ? await FindPlaceAsync(saleId, WaitingRoomItems.PositionOf(item), cancellationToken).ConfigureAwait(false) : null;
    }

    public async Task<Place?> FindPlaceAsync(string saleId, long position, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest { TableName = tableName, Key = WaitingRoomItems.PlaceKey(saleId, position), ConsistentRead = true },
            cancellationToken).ConfigureAwait(false);
        return response.Item is { Count: > 0 } item ? WaitingRoomItems.ToPlace(item) : null;
    }

    public async Task<IReadOnlyList<Place?>> PlacesAsync(string saleId, long first, long last, CancellationToken cancellationToken)
    {
        var found = new Dictionary<long, Place>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var page = await dynamoDb.QueryAsync(new QueryRequest
            {
                TableName = tableName, ConsistentRead = true, ExclusiveStartKey = start,
                KeyConditionExpression = "PK = :pk AND SK BETWEEN :first AND :last",
                ExpressionAttributeValues = new(StringComparer.Ordinal)
                {
                    [":pk"] = new AttributeValue(WaitingRoomItems.Partition(saleId)),
                    [":first"] = new AttributeValue(WaitingRoomItems.PlaceSortKey(first)),
                    [":last"] = new AttributeValue(WaitingRoomItems.PlaceSortKey(last)),
                },
            }, cancellationToken).ConfigureAwait(false);
            foreach (var place in (page.Items ?? []).Select(WaitingRoomItems.ToPlace))
            {
                found[place.Position] = place;
            }

            start = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (start is not null);
        var places = new List<Place?>();
        for (var position = first; position <= last; position++)
        {
            places.Add(found.GetValueOrDefault(position));
        }

        return places;
    }

    public async Task<bool> CheckInAsync(string saleId, long position, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await dynamoDb.UpdateItemAsync(new UpdateItemRequest
                {
                    TableName = tableName, Key = WaitingRoomItems.PlaceKey(saleId, position),
                    UpdateExpression = "SET lastSeenAt = :now", ConditionExpression = "#state = :waiting AND lastSeenAt < :now",
                    ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#state"] = "state" },
                    ExpressionAttributeValues = new(StringComparer.Ordinal)
                    {
                        [":now"] = new AttributeValue(ItemValues.Iso(now)), [":waiting"] = new AttributeValue(nameof(PlaceState.Waiting)),
                    },
                }, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (ConditionalCheckFailedException)
            {
                return false;
            }
            catch (TransactionConflictException) when (attempt < Attempts)
            {
                // An advance is writing this place right now; check in again once it is done.
            }
        }
    }

    public async Task<bool> ApplyAsync(string saleId, long expectedVersion, Advance advance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(advance);
        var writes = new List<TransactWriteItem> { LineWrite(saleId, expectedVersion, advance.Line) };
        writes.AddRange(advance.Changes.Select(change => WaitingRoomWrites.Place(tableName, saleId, change, advance.Line.AllowanceAt)));
        try
        {
            await dynamoDb.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = writes }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TransactionCanceledException)
        {
            return false;
        }
        catch (TransactionConflictException)
        {
            return false;
        }
    }

    public Task<bool> CompleteAsync(string saleId, long position, CancellationToken cancellationToken) =>
        ConflictRetry.RunAsync(() => CompleteOnceAsync(saleId, position, cancellationToken), cancellationToken);

    private async Task<bool> CompleteOnceAsync(string saleId, long position, CancellationToken cancellationToken)
    {
        try
        {
            await dynamoDb.TransactWriteItemsAsync(new TransactWriteItemsRequest
            {
                TransactItems =
                [
                    new TransactWriteItem
                    {
                        Update = new Update
                        {
                            TableName = tableName, Key = WaitingRoomItems.LineKey(saleId),
                            UpdateExpression = "REMOVE #checkout.#p ADD completed :one, #version :one", ConditionExpression = "attribute_exists(#checkout.#p)",
                            ExpressionAttributeNames = new(StringComparer.Ordinal)
                            {
                                ["#checkout"] = WaitingRoomItems.Checkout, ["#p"] = position.ToString(CultureInfo.InvariantCulture), ["#version"] = WaitingRoomItems.Version,
                            },
                            ExpressionAttributeValues = new(StringComparer.Ordinal) { [":one"] = ItemValues.Number(1) },
                        },
                    },
                    WaitingRoomWrites.Completed(tableName, saleId, position),
                ],
            }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TransactionCanceledException e) when (e.CancellationReasons?.Any(r => string.Equals(r.Code, "ConditionalCheckFailed", StringComparison.Ordinal)) == true)
        {
            return false; // completed before (a retried order) or its admission expired and was pruned
        }
    }

    private TransactWriteItem LineWrite(string saleId, long expectedVersion, SaleLine line) => new()
    {
        Update = new Update
        {
            TableName = tableName, Key = WaitingRoomItems.LineKey(saleId), ConditionExpression = "#version = :expected",
            UpdateExpression = "SET served = :served, allowance = :allowance, allowanceAt = :at, #checkout = :checkout, admitted = :admitted, "
                + "abandoned = :abandoned, expired = :expired, #version = :next",
            ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#version"] = WaitingRoomItems.Version, ["#checkout"] = WaitingRoomItems.Checkout },
            ExpressionAttributeValues = new(StringComparer.Ordinal)
            {
                [":expected"] = ItemValues.Number(expectedVersion),
                [":next"] = ItemValues.Number(expectedVersion + 1),
                [":served"] = ItemValues.Number(line.Served),
                [":allowance"] = new AttributeValue { N = line.Allowance.ToString("R", CultureInfo.InvariantCulture) },
                [":at"] = new AttributeValue(ItemValues.Iso(line.AllowanceAt)),
                [":checkout"] = WaitingRoomItems.CheckoutMap(line.Checkout),
                [":admitted"] = ItemValues.Number(line.Admitted),
                [":abandoned"] = ItemValues.Number(line.Abandoned),
                [":expired"] = ItemValues.Number(line.Expired),
            },
        },
    };

    private static Dictionary<string, AttributeValue> LineDefaults(SaleLine line) => new(StringComparer.Ordinal)
    {
        [WaitingRoomItems.Issued] = ItemValues.Number(0),
        ["served"] = ItemValues.Number(0),
        ["allowance"] = new AttributeValue { N = line.Allowance.ToString("R", CultureInfo.InvariantCulture) },
        ["allowanceAt"] = new AttributeValue(ItemValues.Iso(line.AllowanceAt)),
        [WaitingRoomItems.Checkout] = WaitingRoomItems.CheckoutMap(line.Checkout),
        ["admitted"] = ItemValues.Number(0),
        ["abandoned"] = ItemValues.Number(0),
        ["completed"] = ItemValues.Number(0),
        ["expired"] = ItemValues.Number(0),
    };
}

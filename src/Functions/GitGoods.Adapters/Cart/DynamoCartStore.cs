using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Cart;

namespace GitGoods.Adapters.Cart;

/// <summary>
/// Carts in the shop table. Each line is its own entry in the item's <c>lines</c> map and is changed with a
/// per-line <c>UpdateItem</c>, so two concurrent changes to different lines never overwrite each other
/// (docs/decisions/0008-carts.md). Expired items are treated as absent before TTL removes them.
/// </summary>
public sealed class DynamoCartStore(IAmazonDynamoDB dynamoDb, string tableName) : ICartStore
{
    // "lines" is a DynamoDB reserved word: expressions name it #l.
    private const string LiveCart = "attribute_exists(#l) AND expiresAtEpoch > :now";
    private const string NoLiveCart = "attribute_not_exists(PK) OR expiresAtEpoch <= :now";
    private const int Attempts = 3;

    public async Task<ShoppingCart?> FindAsync(CartOwner owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var response = await dynamoDb.GetItemAsync(new GetItemRequest { TableName = tableName, Key = CartItem.Key(owner), ConsistentRead = true },
            cancellationToken).ConfigureAwait(false);
        return response.Item is { Count: > 0 } item && !CartItem.IsExpired(item, now) ? CartItem.FromItem(owner, item) : null;
    }

    public async Task<ShoppingCart> SetLineAsync(CartOwner owner, string productId, int quantity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        for (var attempt = 1; ; attempt++)
        {
            var values = CartItem.TimeValues(owner, now);
            var update = quantity > 0 ? "SET #l.#p = :q, " + CartItem.SetTimes : "REMOVE #l.#p SET " + CartItem.SetTimes;
            if (quantity > 0)
            {
                values[":q"] = ItemValues.Number(quantity);
            }

            try
            {
                var updated = await dynamoDb.UpdateItemAsync(new UpdateItemRequest
                {
                    TableName = tableName, Key = CartItem.Key(owner), UpdateExpression = update, ConditionExpression = LiveCart,
                    ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#l"] = CartItem.Lines, ["#p"] = productId },
                    ExpressionAttributeValues = values, ReturnValues = ReturnValue.ALL_NEW,
                }, cancellationToken).ConfigureAwait(false);
                return CartItem.FromItem(owner, updated.Attributes);
            }
            catch (ConditionalCheckFailedException) when (quantity == 0)
            {
                return ShoppingCart.Empty(owner, now);
            }
            catch (ConditionalCheckFailedException)
            {
                // No live cart: start a fresh one (an expired one is overwritten, its lines never come back).
            }

            var fresh = ShoppingCart.Restore(owner, [new CartLine(productId, quantity)], now);
            if (await TryPutAsync(fresh, now, cancellationToken).ConfigureAwait(false) || attempt == Attempts)
            {
                return fresh;
            }
        }
    }

    public async Task DeleteAsync(CartOwner owner, CancellationToken cancellationToken) =>
        await dynamoDb.DeleteItemAsync(new DeleteItemRequest { TableName = tableName, Key = CartItem.Key(owner) }, cancellationToken)
            .ConfigureAwait(false);

    public async Task<bool> MergeAsync(ShoppingCart merged, ShoppingCart from, bool intoExisting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(merged);
        ArgumentNullException.ThrowIfNull(from);
        var now = merged.UpdatedAt;
        var write = intoExisting ? CartMergeWrites.UpdateLines(tableName, merged, from) : new TransactWriteItem
        {
            Put = new Put
            {
                TableName = tableName, Item = CartMergeWrites.ItemOf(merged), ConditionExpression = NoLiveCart,
                ExpressionAttributeValues = new(StringComparer.Ordinal) { [":now"] = ItemValues.Number(now.ToUnixTimeSeconds()) },
            },
        };
        var delete = new TransactWriteItem
        {
            Delete = new Delete
            {
                TableName = tableName, Key = CartItem.Key(from.Owner), ConditionExpression = "updatedAt = :seen",
                ExpressionAttributeValues = new(StringComparer.Ordinal) { [":seen"] = new(ItemValues.Iso(from.UpdatedAt)) },
            },
        };
        try
        {
            await dynamoDb.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = [write, delete] }, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (TransactionCanceledException)
        {
            return false;
        }
    }

    private async Task<bool> TryPutAsync(ShoppingCart cart, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await dynamoDb.PutItemAsync(new PutItemRequest
            {
                TableName = tableName, Item = CartMergeWrites.ItemOf(cart), ConditionExpression = NoLiveCart,
                ExpressionAttributeValues = new(StringComparer.Ordinal) { [":now"] = ItemValues.Number(now.ToUnixTimeSeconds()) },
            }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            // Another request created the cart first: go round again and add the line to theirs.
            return false;
        }
    }
}

using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;

namespace GitGoods.LocalEnvironment.Seed;

/// <summary>
/// Catalog seed v1 gave the demo products the owner <c>seller-demo</c>; v2 gives them the demo seller's sub. A
/// v1 product is removed (and its platform count decremented, in one transaction) so the v2 seed adds it again
/// through the product writer, with the current item layout (owner index included). Products a developer added
/// by hand are never touched: only ids of the demo catalogue still owned by <c>seller-demo</c>.
/// </summary>
public sealed class LegacySellerMigration(IAmazonDynamoDB dynamoDb)
{
    /// <summary>Removes the demo products still owned by the legacy seller; returns how many.</summary>
    public async Task<int> RemoveLegacyProductsAsync(string tableName, IReadOnlyList<SeedGame> games, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(games);
        var removed = 0;
        foreach (var game in games)
        {
            var key = Key("PRODUCT#" + game.Id, "PRODUCT");
            var found = await dynamoDb.GetItemAsync(new GetItemRequest { TableName = tableName, Key = key, ConsistentRead = true }, cancellationToken);
            if (found.Item is not { Count: > 0 } item
                || !item.TryGetValue("sellerId", out var seller) || !string.Equals(seller.S, SeedGame.LegacySellerId, StringComparison.Ordinal))
            {
                continue;
            }

            var writes = new List<TransactWriteItem>
            {
                new()
                {
                    Delete = new Delete
                    {
                        TableName = tableName,
                        Key = key,
                        ConditionExpression = "sellerId = :legacy",
                        ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
                        {
                            [":legacy"] = new(SeedGame.LegacySellerId),
                        },
                    },
                },
            };
            if (item.TryGetValue("status", out var status) && string.Equals(status.S, "ACTIVE", StringComparison.Ordinal))
            {
                // The platform counter item, as GitGoods.Adapters' PlatformCountItem keys it.
                writes.Add(new TransactWriteItem
                {
                    Update = new Update
                    {
                        TableName = tableName,
                        Key = Key("PLATFORMS", "PLATFORM#" + item["platform"].S),
                        UpdateExpression = "ADD #count :minusOne",
                        ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#count"] = "count" },
                        ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { [":minusOne"] = new() { N = "-1" } },
                    },
                });
            }

            await dynamoDb.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = writes }, cancellationToken);
            removed++;
        }

        return removed;
    }

    private static Dictionary<string, AttributeValue> Key(string partition, string sort) => new(StringComparer.Ordinal)
    {
        [ShopTable.PartitionKey] = new(partition),
        [ShopTable.SortKey] = new(sort),
    };
}

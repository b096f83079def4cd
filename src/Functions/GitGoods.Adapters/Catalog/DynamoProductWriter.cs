using GitGoods.Adapters.Table;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Domain.Catalog;

namespace GitGoods.Adapters.Catalog;

/// <summary>The catalogue's write side: every product write keeps the platform counts in the same transaction.</summary>
public sealed class DynamoProductWriter(IAmazonDynamoDB dynamoDb, string tableName) : IProductWriter
{
    public async Task AddAsync(Product product, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(product);
        var writes = new List<TransactWriteItem>
        {
            new()
            {
                Put = new Put
                {
                    TableName = tableName,
                    Item = ProductItem.ToItem(product),
                    ConditionExpression = "attribute_not_exists(PK)",
                },
            },
        };
        if (product.IsActive)
        {
            writes.Add(new TransactWriteItem { Update = PlatformCountItem.Increment(tableName, product.Platform, 1) });
        }

        try
        {
            await dynamoDb.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = writes }, cancellationToken);
        }
        catch (TransactionCanceledException e) when (e.CancellationReasons is { Count: > 0 } reasons
            && string.Equals(reasons[0].Code, "ConditionalCheckFailed", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Product {product.Id} exists already.", e);
        }
    }

    public async Task<bool> ReplaceAsync(Product before, Product after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var writes = new List<TransactWriteItem>
        {
            new()
            {
                // A whole-item Put: an UNLISTED product loses its GSI1 keys and so leaves the shopper's listing.
                Put = new Put
                {
                    TableName = tableName,
                    Item = ProductItem.ToItem(after),
                    ConditionExpression = before.Version == 1 ? "attribute_exists(PK) AND (attribute_not_exists(#v) OR #v = :v)" : "#v = :v",
                    ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#v"] = "version" },
                    ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
                    {
                        [":v"] = ItemValues.Number(before.Version),
                    },
                },
            },
        };
        var sameCount = before.IsActive == after.IsActive && string.Equals(before.Platform, after.Platform, StringComparison.Ordinal);
        if (!sameCount && before.IsActive)
        {
            writes.Add(new TransactWriteItem { Update = PlatformCountItem.Increment(tableName, before.Platform, -1) });
        }

        if (!sameCount && after.IsActive)
        {
            writes.Add(new TransactWriteItem { Update = PlatformCountItem.Increment(tableName, after.Platform, 1) });
        }

        try
        {
            await dynamoDb.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = writes }, cancellationToken);
            return true;
        }
        catch (TransactionCanceledException e) when (e.CancellationReasons is { Count: > 0 } reasons
            && string.Equals(reasons[0].Code, "ConditionalCheckFailed", StringComparison.Ordinal))
        {
            return false;
        }
    }
}

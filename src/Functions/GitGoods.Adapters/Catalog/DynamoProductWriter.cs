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
}

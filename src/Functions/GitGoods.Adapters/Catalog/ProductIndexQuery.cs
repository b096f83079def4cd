using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;

namespace GitGoods.Adapters.Catalog;

/// <summary>One page of products from an index partition, newest first, with an exact "is there more" answer.</summary>
internal static class ProductIndexQuery
{
    public static async Task<Page<Product>> PageAsync(IAmazonDynamoDB dynamoDb, string tableName, string indexName,
        string partitionKeyName, string partition, IndexCursor cursor, PageRequest page, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.QueryAsync(new QueryRequest
        {
            TableName = tableName,
            IndexName = indexName,
            KeyConditionExpression = "#pk = :partition",
            ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#pk"] = partitionKeyName },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { [":partition"] = new(partition) },
            ScanIndexForward = false,
            // One more than asked: it tells whether a next page exists, so the last page never has a cursor.
            Limit = page.Limit + 1,
            ExclusiveStartKey = page.Cursor is null ? null : cursor.Decode(page.Cursor, partition),
        }, cancellationToken);
        var products = (response.Items ?? []).Take(page.Limit).Select(ProductItem.FromItem).ToList();
        var hasMore = response.Items?.Count > page.Limit;
        return new Page<Product>(products, hasMore ? cursor.Encode(partition, ProductItem.IndexSortKeyOf(products[^1])) : null);
    }
}

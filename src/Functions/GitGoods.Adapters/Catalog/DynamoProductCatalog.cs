using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;

namespace GitGoods.Adapters.Catalog;

/// <summary>The catalogue's read side on the shop table.</summary>
public sealed class DynamoProductCatalog(IAmazonDynamoDB dynamoDb, string tableName) : IProductCatalog
{
    public async Task<Product?> FindAsync(string productId, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = tableName,
            Key = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
            {
                [ShopTable.PartitionKey] = new(ProductItem.PartitionKeyOf(productId)),
                [ShopTable.SortKey] = new(ProductItem.ProductSortKey),
            },
        }, cancellationToken);
        return response.IsItemSet && response.Item.Count > 0 ? ProductItem.FromItem(response.Item) : null;
    }

    public async Task<Page<Product>> ListActiveAsync(PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var request = new QueryRequest
        {
            TableName = tableName,
            IndexName = ShopTable.Gsi1,
            KeyConditionExpression = "GSI1PK = :active",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
            {
                [":active"] = new(ProductItem.ActiveCatalogPartition),
            },
            ScanIndexForward = false,
            // One more than asked: it tells whether a next page exists, so the last page never has a cursor.
            Limit = page.Limit + 1,
            ExclusiveStartKey = page.Cursor is null ? null : ActiveListingCursor.Decode(page.Cursor),
        };
        var response = await dynamoDb.QueryAsync(request, cancellationToken);
        var products = (response.Items ?? []).Take(page.Limit).Select(ProductItem.FromItem).ToList();
        var hasMore = response.Items?.Count > page.Limit;
        return new Page<Product>(products, hasMore ? ActiveListingCursor.Encode(ProductItem.ActiveSortKeyOf(products[^1])) : null);
    }

    public async Task<IReadOnlyList<PlatformCount>> ListPlatformsAsync(CancellationToken cancellationToken)
    {
        var counts = new List<PlatformCount>();
        Dictionary<string, AttributeValue>? startKey = null;
        do
        {
            var response = await dynamoDb.QueryAsync(new QueryRequest
            {
                TableName = tableName,
                KeyConditionExpression = "PK = :platforms",
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
                {
                    [":platforms"] = new(PlatformCountItem.Partition),
                },
                ExclusiveStartKey = startKey,
            }, cancellationToken);
            counts.AddRange((response.Items ?? [])
                .Select(i => new PlatformCount(i["platform"].S, int.Parse(i["count"].N, CultureInfo.InvariantCulture)))
                .Where(c => c.Count > 0));
            startKey = response.LastEvaluatedKey is { Count: > 0 } ? response.LastEvaluatedKey : null;
        }
        while (startKey is not null);

        return [.. counts.OrderBy(c => c.Platform, StringComparer.OrdinalIgnoreCase)];
    }
}

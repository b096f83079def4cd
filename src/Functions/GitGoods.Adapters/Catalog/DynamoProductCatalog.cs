using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;

namespace GitGoods.Adapters.Catalog;

/// <summary>The catalogue's read side on the shop table.</summary>
public sealed class DynamoProductCatalog(IAmazonDynamoDB dynamoDb, string tableName) : IProductCatalog, IActiveProductSource
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

    public Task<Page<Product>> ListActiveAsync(PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        return ProductIndexQuery.PageAsync(dynamoDb, tableName, ShopTable.Gsi1, ShopTable.Gsi1PartitionKey,
            ProductItem.ActiveCatalogPartition, IndexCursor.ActiveListing, page, cancellationToken);
    }

    public Task<Page<Product>> ListBySellerAsync(string sellerId, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
        ArgumentNullException.ThrowIfNull(page);
        return ProductIndexQuery.PageAsync(dynamoDb, tableName, ShopTable.Gsi2, ShopTable.Gsi2PartitionKey,
            ProductItem.SellerPartitionOf(sellerId), IndexCursor.SellerListing, page, cancellationToken);
    }

    /// <summary>The whole GSI1 listing, 1 MB pages at a time (about 2,000 products a request).</summary>
    public async Task<IReadOnlyList<Product>> LoadActiveAsync(CancellationToken cancellationToken)
    {
        var products = new List<Product>();
        Dictionary<string, AttributeValue>? startKey = null;
        do
        {
            var response = await dynamoDb.QueryAsync(new QueryRequest
            {
                TableName = tableName,
                IndexName = ShopTable.Gsi1,
                KeyConditionExpression = "#pk = :partition",
                ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#pk"] = ShopTable.Gsi1PartitionKey },
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
                {
                    [":partition"] = new(ProductItem.ActiveCatalogPartition),
                },
                ScanIndexForward = false,
                ExclusiveStartKey = startKey,
            }, cancellationToken);
            products.AddRange((response.Items ?? []).Select(ProductItem.FromItem));
            startKey = response.LastEvaluatedKey is { Count: > 0 } ? response.LastEvaluatedKey : null;
        }
        while (startKey is not null);

        return products;
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

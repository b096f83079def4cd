using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Catalog;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Cart;
using GitGoods.Domain.Catalog;

namespace GitGoods.Adapters.Cart;

/// <summary>Reads a cart's products in one BatchGetItem (per 100 ids), in the catalogue's own item layout.</summary>
public sealed class DynamoCartProducts(IAmazonDynamoDB dynamoDb, string tableName) : ICartProducts
{
    private const int BatchLimit = 100;

    public async Task<IReadOnlyDictionary<string, Product>> FindManyAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(productIds);
        var found = new Dictionary<string, Product>(StringComparer.Ordinal);
        foreach (var chunk in productIds.Distinct(StringComparer.Ordinal).Chunk(BatchLimit))
        {
            var keys = chunk.Select(id => new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
            {
                [ShopTable.PartitionKey] = new(ProductItem.PartitionKeyOf(id)),
                [ShopTable.SortKey] = new(ProductItem.ProductSortKey),
            }).ToList();
            var request = new Dictionary<string, KeysAndAttributes>(StringComparer.Ordinal) { [tableName] = new() { Keys = keys } };
            // Unprocessed keys (throttling) are asked for again until none are left.
            while (request.Count > 0)
            {
                var response = await dynamoDb.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = request }, cancellationToken).ConfigureAwait(false);
                if (response.Responses is not null && response.Responses.TryGetValue(tableName, out var items))
                {
                    foreach (var product in items.Select(ProductItem.FromItem))
                    {
                        found[product.Id] = product;
                    }
                }

                request = response.UnprocessedKeys ?? [];
            }
        }

        return found;
    }
}

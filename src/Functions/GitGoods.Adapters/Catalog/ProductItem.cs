using System.Globalization;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;

using static GitGoods.Adapters.Table.ItemValues;

namespace GitGoods.Adapters.Catalog;

/// <summary>Maps a <see cref="Product"/> to and from its DynamoDB item.</summary>
internal static class ProductItem
{
    public const string ActiveCatalogPartition = "CATALOG#ACTIVE";
    public const string ProductSortKey = "PRODUCT";

    public static string PartitionKeyOf(string productId) => "PRODUCT#" + productId;

    public static string SellerPartitionOf(string sellerId) => "SELLER#" + sellerId;

    /// <summary>Newest first on both indexes: ISO-8601 UTC sorts as text; the id breaks ties so the order is total.</summary>
    public static string IndexSortKeyOf(Product product) => Iso(product.CreatedAt) + "#" + product.Id;

    public static Dictionary<string, AttributeValue> ToItem(Product product)
    {
        var item = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [ShopTable.PartitionKey] = new(PartitionKeyOf(product.Id)),
            [ShopTable.SortKey] = new(ProductSortKey),
            ["type"] = new("Product"),
            ["id"] = new(product.Id),
            ["title"] = new(product.Title),
            ["platform"] = new(product.Platform),
            ["description"] = new(product.Description),
            ["priceAmount"] = Number(product.Price.Amount),
            ["currency"] = new(product.Price.Currency),
            ["stock"] = Number(product.Stock),
            ["images"] = new AttributeValue { L = [.. product.Images.Select(i => new AttributeValue(i))] },
            ["sellerId"] = new(product.SellerId),
            ["status"] = new(product.Status.ToString().ToUpperInvariant()),
            ["createdAt"] = new(Iso(product.CreatedAt)),
            ["updatedAt"] = new(Iso(product.UpdatedAt)),
            ["version"] = Number(product.Version),
            // Every product, whatever its status, is in its seller's listing.
            [ShopTable.Gsi2PartitionKey] = new(SellerPartitionOf(product.SellerId)),
            [ShopTable.Gsi2SortKey] = new(IndexSortKeyOf(product)),
        };

        // Sparse index: only ACTIVE products are in the shopper's listing.
        if (product.IsActive)
        {
            item[ShopTable.Gsi1PartitionKey] = new(ActiveCatalogPartition);
            item[ShopTable.Gsi1SortKey] = new(IndexSortKeyOf(product));
        }

        return item;
    }

    public static Product FromItem(Dictionary<string, AttributeValue> item) =>
        Product.Create(
            item["id"].S,
            item["title"].S,
            item["platform"].S,
            item.TryGetValue("description", out var description) ? description.S : "",
            new Money(long.Parse(item["priceAmount"].N, CultureInfo.InvariantCulture), item["currency"].S),
            int.Parse(item["stock"].N, CultureInfo.InvariantCulture),
            item.TryGetValue("images", out var images) && images.L is not null ? [.. images.L.Select(i => i.S)] : [],
            item["sellerId"].S,
            Enum.Parse<ProductStatus>(item["status"].S, ignoreCase: true),
            DateTimeOffset.Parse(item["createdAt"].S, CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(item["updatedAt"].S, CultureInfo.InvariantCulture),
            // Items written before versions existed are version 1.
            item.TryGetValue("version", out var version) ? long.Parse(version.N, CultureInfo.InvariantCulture) : 1);


}

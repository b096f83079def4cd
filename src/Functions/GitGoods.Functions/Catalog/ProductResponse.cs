using GitGoods.Domain.Catalog;
using GitGoods.Http;

namespace GitGoods.Catalog;

/// <summary>A product as the API shows it (see the contract in api.md); times are UTC, written with a Z.</summary>
public sealed record ProductResponse(
    string Id,
    string Title,
    string Platform,
    string Description,
    MoneyResponse Price,
    int Stock,
    IReadOnlyList<string> Images,
    string SellerId,
    string Status,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static ProductResponse From(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return new(product.Id, product.Title, product.Platform, product.Description, MoneyResponse.From(product.Price),
            product.Stock, product.Images, product.SellerId, product.Status.ToString().ToUpperInvariant(),
            product.CreatedAt.UtcDateTime, product.UpdatedAt.UtcDateTime);
    }
}

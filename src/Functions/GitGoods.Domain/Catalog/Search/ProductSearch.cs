using GitGoods.Domain.Common;

namespace GitGoods.Domain.Catalog.Search;

/// <summary>
/// One shopper's search: every word of <see cref="Words"/> must appear (case-insensitive, whole word) in the
/// title, description or platform; the other filters are ANDed. Only ACTIVE products are ever searched.
/// </summary>
public sealed record ProductSearch(
    IReadOnlyList<string> Words,
    IReadOnlySet<string> Platforms,
    long? MinPrice,
    long? MaxPrice,
    bool InStockOnly,
    ProductSort Sort,
    PageRequest Page)
{
    /// <summary>No filter, newest first: the plain listing.</summary>
    public static ProductSearch All(PageRequest page) =>
        new([], new HashSet<string>(StringComparer.OrdinalIgnoreCase), null, null, false, ProductSort.Newest, page);

    public bool Matches(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return product.IsActive
            && (Platforms.Count == 0 || Platforms.Contains(product.Platform))
            && (MinPrice is null || product.Price.Amount >= MinPrice)
            && (MaxPrice is null || product.Price.Amount <= MaxPrice)
            && (!InStockOnly || product.Stock > 0);
    }
}

using System.Collections.Concurrent;
using GitGoods.Domain.Common;

namespace GitGoods.Domain.Catalog;

/// <summary>
/// A short-lived, in-process cache in front of the shopper's reads (one product, the platform counts).
/// Listings pass straight through: the seller's own list must show their change at once, and the shopper's
/// list is served by the search index, which has its own lifetime. DAX would sit below this, in the adapter.
/// </summary>
public sealed class CachedProductCatalog(IProductCatalog inner, TimeProvider time, TimeSpan lifetime) : IProductCatalog
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromSeconds(15);
    private const int MaxProducts = 10_000;

    private readonly ConcurrentDictionary<string, (Product? Product, DateTimeOffset At)> _products = new(StringComparer.Ordinal);
    private (IReadOnlyList<PlatformCount> Counts, DateTimeOffset At)? _platforms;

    public async Task<Product?> FindAsync(string productId, CancellationToken cancellationToken)
    {
        if (_products.TryGetValue(productId, out var hit) && Fresh(hit.At))
        {
            return hit.Product;
        }

        var product = await inner.FindAsync(productId, cancellationToken);
        if (_products.Count >= MaxProducts)
        {
            _products.Clear();
        }

        _products[productId] = (product, time.GetUtcNow());
        return product;
    }

    public Task<Page<Product>> ListActiveAsync(PageRequest page, CancellationToken cancellationToken) =>
        inner.ListActiveAsync(page, cancellationToken);

    public Task<Page<Product>> ListBySellerAsync(string sellerId, PageRequest page, CancellationToken cancellationToken) =>
        inner.ListBySellerAsync(sellerId, page, cancellationToken);

    public async Task<IReadOnlyList<PlatformCount>> ListPlatformsAsync(CancellationToken cancellationToken)
    {
        if (_platforms is { } cached && Fresh(cached.At))
        {
            return cached.Counts;
        }

        var counts = await inner.ListPlatformsAsync(cancellationToken);
        _platforms = (counts, time.GetUtcNow());
        return counts;
    }

    private bool Fresh(DateTimeOffset at) => time.GetUtcNow() - at < lifetime;
}

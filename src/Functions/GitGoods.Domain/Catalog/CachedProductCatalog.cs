using System.Collections.Concurrent;
using GitGoods.Domain.Catalog.Freshness;
using GitGoods.Domain.Common;

namespace GitGoods.Domain.Catalog;

/// <summary>
/// A short-lived, in-process cache in front of the shopper's reads: one product (its stock bounds the lifetime,
/// <see cref="CatalogFreshness.ProductPage"/>) and the platform counts (<see cref="CatalogFreshness.Listings"/>).
/// Concurrent callers of an expired entry share one read (<see cref="SharedRead{T}"/>), so a product costs at most one
/// read of the store per lifetime per execution environment, and nothing served is older than the lifetime.
/// Listings pass straight through: the seller's own list must show their change at once, and the shopper's
/// list is served by the search index, which has its own lifetime. DAX would sit below this, in the adapter.
/// </summary>
public sealed class CachedProductCatalog(IProductCatalog inner, TimeProvider time, TimeSpan productLifetime, TimeSpan platformsLifetime)
    : IProductCatalog
{
    /// <summary>How long a product is kept: its stock must reach the product page within 5 s.</summary>
    public static readonly TimeSpan DefaultProductLifetime = CatalogFreshness.ProductPage.InProcess;

    /// <summary>How long the platform counts are kept: listings within 30 s.</summary>
    public static readonly TimeSpan DefaultPlatformsLifetime = CatalogFreshness.Listings.InProcess;

    private const int MaxProducts = 10_000;

    private readonly ConcurrentDictionary<string, SharedRead<Product?>> _products = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private SharedRead<IReadOnlyList<PlatformCount>>? _platforms;

    /// <summary>One lifetime for both the products and the platform counts.</summary>
    public CachedProductCatalog(IProductCatalog inner, TimeProvider time, TimeSpan lifetime)
        : this(inner, time, lifetime, lifetime)
    {
    }

    public Task<Product?> FindAsync(string productId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!_products.TryGetValue(productId, out var read) || !read.Serves(now, productLifetime))
        {
            lock (_gate)
            {
                if (!_products.TryGetValue(productId, out read) || !read.Serves(now, productLifetime))
                {
                    if (_products.Count >= MaxProducts)
                    {
                        _products.Clear();
                    }

                    // The shared read must not die with the first caller's request; each caller stops waiting on its own.
                    read = new SharedRead<Product?>(() => inner.FindAsync(productId, CancellationToken.None), now);
                    _products[productId] = read;
                }
            }
        }

        return read.Task.WaitAsync(cancellationToken);
    }

    public Task<Page<Product>> ListActiveAsync(PageRequest page, CancellationToken cancellationToken) =>
        inner.ListActiveAsync(page, cancellationToken);

    public Task<Page<Product>> ListBySellerAsync(string sellerId, PageRequest page, CancellationToken cancellationToken) =>
        inner.ListBySellerAsync(sellerId, page, cancellationToken);

    public Task<IReadOnlyList<PlatformCount>> ListPlatformsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var read = _platforms;
        if (read is null || !read.Serves(now, platformsLifetime))
        {
            lock (_gate)
            {
                read = _platforms;
                if (read is null || !read.Serves(now, platformsLifetime))
                {
                    _platforms = read = new SharedRead<IReadOnlyList<PlatformCount>>(
                        () => inner.ListPlatformsAsync(CancellationToken.None), now);
                }
            }
        }

        return read.Task.WaitAsync(cancellationToken);
    }
}

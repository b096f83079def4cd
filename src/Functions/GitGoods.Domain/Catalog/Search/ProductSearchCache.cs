using GitGoods.Domain.Catalog.Freshness;
using GitGoods.Domain.Common;

namespace GitGoods.Domain.Catalog.Search;

/// <summary>
/// Keeps one <see cref="ProductSearchIndex"/> per execution environment and rebuilds it once it is older than
/// <see cref="Lifetime"/>. Only the first search after expiry waits for the rebuild; concurrent searches use the previous index meanwhile,
/// but never one older than <see cref="Lifetime"/> + <see cref="RebuildAllowance"/> (past that they wait for the rebuild too).
/// A change to the catalogue therefore reaches search results within <see cref="Lifetime"/> + <see cref="RebuildAllowance"/>,
/// which is the in-process share of <see cref="CatalogFreshness.Listings"/>.
/// </summary>
public sealed class ProductSearchCache(IActiveProductSource source, TimeProvider time, TimeSpan lifetime) : IDisposable
{
    /// <summary>How long a previous index may still be served while one caller rebuilds it.</summary>
    public static readonly TimeSpan RebuildAllowance = TimeSpan.FromSeconds(1);

    /// <summary>The listings' in-process share, less the rebuild allowance: 9 s.</summary>
    public static readonly TimeSpan DefaultLifetime = CatalogFreshness.Listings.InProcess - RebuildAllowance;

    private readonly SemaphoreSlim _refresh = new(1, 1);

    // The index and the time its load started, swapped together so a reader never pairs an index with another's age.
    private Built? _built;

    public TimeSpan Lifetime { get; } = lifetime;

    /// <exception cref="InvalidCursorException">When the cursor did not come from a search with the same sort.</exception>
    public async Task<Page<Product>> SearchAsync(ProductSearch search, CancellationToken cancellationToken)
    {
        var index = await CurrentAsync(cancellationToken);
        return index.Search(search);
    }

    public void Dispose() => _refresh.Dispose();

    /// <summary>The index, rebuilt first when it has expired.</summary>
    public async Task<ProductSearchIndex> CurrentAsync(CancellationToken cancellationToken)
    {
        var built = _built;
        if (built is not null && Age(built) < Lifetime)
        {
            return built.Index;
        }

        // One caller rebuilds; while it does, everyone else keeps searching the previous index, so a refresh never
        // stalls the other requests. Only the very first search of an environment waits, and any search once the
        // previous index is past the rebuild allowance (a slow rebuild must not stretch the freshness bound).
        if (!_refresh.Wait(0, CancellationToken.None))
        {
            if (built is not null && Age(built) < Lifetime + RebuildAllowance)
            {
                return built.Index;
            }

            await _refresh.WaitAsync(cancellationToken);
        }

        try
        {
            if (_built is null || Age(_built) >= Lifetime)
            {
                var startedAt = time.GetUtcNow();
                var products = await source.LoadActiveAsync(cancellationToken);
                _built = new Built(new ProductSearchIndex(products), startedAt);
            }

            return _built.Index;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private TimeSpan Age(Built built) => time.GetUtcNow() - built.At;

    private sealed record Built(ProductSearchIndex Index, DateTimeOffset At);
}

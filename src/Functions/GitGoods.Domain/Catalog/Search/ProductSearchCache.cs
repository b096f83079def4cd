using GitGoods.Domain.Common;

namespace GitGoods.Domain.Catalog.Search;

/// <summary>
/// Keeps one <see cref="ProductSearchIndex"/> per execution environment and rebuilds it once it is older than
/// <see cref="Lifetime"/>. Only the first search after expiry waits for the rebuild; concurrent searches use the previous index meanwhile.
/// A change to the catalogue therefore reaches search results within <see cref="Lifetime"/> plus one load.
/// </summary>
public sealed class ProductSearchCache(IActiveProductSource source, TimeProvider time, TimeSpan lifetime) : IDisposable
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromSeconds(15);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private ProductSearchIndex? _index;
    private DateTimeOffset _builtAt;

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
        var index = _index;
        if (index is not null && time.GetUtcNow() - _builtAt < Lifetime)
        {
            return index;
        }

        // One caller rebuilds; while it does, everyone else keeps searching the previous index, so a refresh never
        // stalls the other requests. Only the very first search of an environment waits.
        if (!_refresh.Wait(0, CancellationToken.None))
        {
            if (index is not null)
            {
                return index;
            }

            await _refresh.WaitAsync(cancellationToken);
        }

        try
        {
            if (_index is null || time.GetUtcNow() - _builtAt >= Lifetime)
            {
                var startedAt = time.GetUtcNow();
                var products = await source.LoadActiveAsync(cancellationToken);
                _index = new ProductSearchIndex(products);
                _builtAt = startedAt;
            }

            return _index;
        }
        finally
        {
            _refresh.Release();
        }
    }
}

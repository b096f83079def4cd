using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Search;
using GitGoods.Domain.Common;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.Domain.Tests.Catalog.Search;

public sealed class ProductSearchCacheTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly CountingSource _source = new();

    [Fact]
    public async Task Search_WithinTheLifetime_ReusesTheIndex_ThenRebuildsItAfter()
    {
        using var cache = new ProductSearchCache(_source, _time, TimeSpan.FromSeconds(15));
        var all = ProductSearch.All(new PageRequest());
        _source.Products = [new ProductBuilder { Id = "old" }.Build()];

        (await cache.SearchAsync(all, default)).Items.Should().ContainSingle();
        _source.Products = [new ProductBuilder { Id = "old" }.Build(), new ProductBuilder { Id = "new" }.Build()];
        _time.Advance(TimeSpan.FromSeconds(14.9));
        (await cache.SearchAsync(all, default)).Items.Should().ContainSingle();
        _time.Advance(TimeSpan.FromSeconds(0.1));
        (await cache.SearchAsync(all, default)).Items.Should().HaveCount(2);

        _source.Loads.Should().Be(2);
    }

    [Fact]
    public async Task CachedCatalog_ServesRepeatsFromMemory_UntilTheLifetimeEnds()
    {
        var inner = new CountingSource { Products = [new ProductBuilder { Id = "p" }.Build()] };
        var cached = new CachedProductCatalog(inner, _time, TimeSpan.FromSeconds(15));

        await cached.FindAsync("p", default);
        await cached.FindAsync("p", default);
        await cached.ListPlatformsAsync(default);
        await cached.ListPlatformsAsync(default);
        inner.Reads.Should().Be(2);

        _time.Advance(TimeSpan.FromSeconds(15));
        (await cached.FindAsync("p", default)).Should().NotBeNull();
        await cached.ListPlatformsAsync(default);
        inner.Reads.Should().Be(4);
    }

    private sealed class CountingSource : IActiveProductSource, IProductCatalog
    {
        public IReadOnlyList<Product> Products { get; set; } = [];

        public int Loads { get; private set; }

        public int Reads { get; private set; }

        public Task<IReadOnlyList<Product>> LoadActiveAsync(CancellationToken cancellationToken)
        {
            Loads++;
            return Task.FromResult(Products);
        }

        public Task<Product?> FindAsync(string productId, CancellationToken cancellationToken)
        {
            Reads++;
            return Task.FromResult(Products.FirstOrDefault(p => p.Id == productId));
        }

        public Task<Page<Product>> ListActiveAsync(PageRequest page, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Page<Product>> ListBySellerAsync(string sellerId, PageRequest page, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<PlatformCount>> ListPlatformsAsync(CancellationToken cancellationToken)
        {
            Reads++;
            return Task.FromResult<IReadOnlyList<PlatformCount>>([new PlatformCount("PC", Products.Count)]);
        }
    }
}

using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.Domain.Tests.Catalog;

public sealed class CachedProductCatalogTests
{
    private const int Capacity = 10_000;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly CountingCatalog _inner = new();

    [Fact]
    public async Task ReadingAnotherProduct_KeepsTheFirstOneCached()
    {
        var cached = new CachedProductCatalog(_inner, _time, TimeSpan.FromSeconds(15));

        await cached.FindAsync("a", default);
        await cached.FindAsync("b", default);
        await cached.FindAsync("a", default);

        _inner.Reads.Should().Be(2);
    }

    [Fact]
    public async Task TheCache_HoldsTenThousandProducts_ThenStartsAfresh()
    {
        var cached = new CachedProductCatalog(_inner, _time, TimeSpan.FromSeconds(15));
        for (var i = 0; i < Capacity; i++)
        {
            await cached.FindAsync("p" + i, default);
        }

        await cached.FindAsync("p0", default);
        _inner.Reads.Should().Be(Capacity, "ten thousand products all fit");

        await cached.FindAsync("one-more", default);
        await cached.FindAsync("p0", default);
        _inner.Reads.Should().Be(Capacity + 2, "the one past the limit emptied the cache");
    }

    private sealed class CountingCatalog : IProductCatalog
    {
        public int Reads { get; private set; }

        public Task<Product?> FindAsync(string productId, CancellationToken cancellationToken)
        {
            Reads++;
            return Task.FromResult<Product?>(null);
        }

        public Task<Page<Product>> ListActiveAsync(PageRequest page, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Page<Product>> ListBySellerAsync(string sellerId, PageRequest page, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<PlatformCount>> ListPlatformsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}

using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Search;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.Domain.Tests.Catalog.Search;

public sealed class ProductSearchCacheRefreshTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly GatedSource _source = new();
    private readonly ProductSearchCache _cache;

    public ProductSearchCacheRefreshTests() => _cache = new ProductSearchCache(_source, _time, TimeSpan.FromSeconds(15));

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task AnIndexLongPastItsLifetime_IsRebuilt()
    {
        var first = await _cache.CurrentAsync(default);

        _time.Advance(TimeSpan.FromMinutes(5));
        var second = await _cache.CurrentAsync(default);

        second.Should().NotBeSameAs(first);
        _source.Loads.Should().Be(2);
    }

    [Fact]
    public async Task TheFirstSearches_AllWaitForOneLoad()
    {
        var gate = _source.Hold();
        var loading = _cache.CurrentAsync(default);
        var waiting = _cache.CurrentAsync(default);
        waiting.IsCompleted.Should().BeFalse("there is no index to answer with yet");

        gate.SetResult([new ProductBuilder().Build()]);

        (await waiting).Should().BeSameAs(await loading);
        _source.Loads.Should().Be(1);
    }

    [Fact]
    public async Task WhileTheIndexIsRebuilt_OtherSearchesUseThePreviousOne()
    {
        var previous = await _cache.CurrentAsync(default);
        _time.Advance(TimeSpan.FromSeconds(15));
        var gate = _source.Hold();
        var rebuilding = _cache.CurrentAsync(default);

        var meanwhile = _cache.CurrentAsync(default);

        meanwhile.IsCompletedSuccessfully.Should().BeTrue("a search never waits for a refresh once an index exists");
        (await meanwhile).Should().BeSameAs(previous);
        gate.SetResult([new ProductBuilder().Build()]);
        (await rebuilding).Should().NotBeSameAs(previous).And.Match<ProductSearchIndex>(i => i.Count == 1);
    }

    private sealed class GatedSource : IActiveProductSource
    {
        private TaskCompletionSource<IReadOnlyList<Product>>? _gate;

        public int Loads { get; private set; }

        public TaskCompletionSource<IReadOnlyList<Product>> Hold() => _gate = new TaskCompletionSource<IReadOnlyList<Product>>();

        public Task<IReadOnlyList<Product>> LoadActiveAsync(CancellationToken cancellationToken)
        {
            Loads++;
            return _gate?.Task ?? Task.FromResult<IReadOnlyList<Product>>([]);
        }
    }
}

using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Search;
using GitGoods.Domain.Common;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.Domain.Tests.Catalog.Freshness;

/// <summary>
/// The listings' in-process share (the search index), on a fake clock, so the suite does not wait: a change is
/// served stale just before the index's lifetime and fresh at it; a slow rebuild lets others use the previous index
/// only within the rebuild allowance.
/// </summary>
public sealed class ListingFreshnessTests : IDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly StockSource _source = new();
    private readonly ProductSearchCache _cache;
    private readonly ProductSearch _inStock = ProductSearch.All(new PageRequest()) with { InStockOnly = true };

    public ListingFreshnessTests() => _cache = new ProductSearchCache(_source, _time, ProductSearchCache.DefaultLifetime);

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task ASoldOutProduct_LeavesTheInStockListing_AtTheIndexLifetime_NotBefore()
    {
        _source.Stock = 1;
        (await _cache.SearchAsync(_inStock, default)).Items.Should().ContainSingle();

        _source.Stock = 0; // the last unit was reserved
        _time.Advance(ProductSearchCache.DefaultLifetime - Tick);
        (await _cache.SearchAsync(_inStock, default)).Items.Should().ContainSingle("the index is still within its lifetime");

        _time.Advance(Tick);
        (await _cache.SearchAsync(_inStock, default)).Items.Should().BeEmpty("at its lifetime the index is rebuilt");
    }

    [Fact]
    public async Task WhileASlowRebuildRuns_OthersGetThePreviousIndex_OnlyWithinTheRebuildAllowance()
    {
        var previous = await _cache.CurrentAsync(default);
        _time.Advance(ProductSearchCache.DefaultLifetime);
        var gate = _source.Hold();
        var rebuilding = _cache.CurrentAsync(default);

        _time.Advance(ProductSearchCache.RebuildAllowance - Tick);
        (await _cache.CurrentAsync(default)).Should().BeSameAs(previous, "within the allowance the previous index still serves");

        _time.Advance(Tick);
        var waiting = _cache.CurrentAsync(default);
        waiting.IsCompleted.Should().BeFalse("past the allowance a search waits for the new index");
        gate.SetResult([new ProductBuilder { Stock = 0 }.Build()]);
        var rebuilt = await rebuilding;
        rebuilt.Should().NotBeSameAs(previous);
        (await waiting).Should().BeSameAs(rebuilt);
    }

    [Fact]
    public void TheIndexShare_IsWithinTheListingsInProcessBudget() =>
        (ProductSearchCache.DefaultLifetime + ProductSearchCache.RebuildAllowance)
            .Should().Be(GitGoods.Domain.Catalog.Freshness.CatalogFreshness.Listings.InProcess);

    private sealed class StockSource : IActiveProductSource
    {
        private TaskCompletionSource<IReadOnlyList<Product>>? _gate;

        public int Stock { get; set; } = 10;

        public TaskCompletionSource<IReadOnlyList<Product>> Hold() =>
            _gate = new TaskCompletionSource<IReadOnlyList<Product>>(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<IReadOnlyList<Product>> LoadActiveAsync(CancellationToken cancellationToken)
        {
            var gate = _gate;
            _gate = null;
            return gate?.Task ?? Task.FromResult<IReadOnlyList<Product>>([new ProductBuilder { Stock = Stock }.Build()]);
        }
    }
}

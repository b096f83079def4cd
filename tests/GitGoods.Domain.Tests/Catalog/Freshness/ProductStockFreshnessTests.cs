using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.Domain.Tests.Catalog.Freshness;

/// <summary>
/// The product page's in-process share, on a fake clock: a product read is served until just before its lifetime and
/// read again at it, and however many requests arrive, the store is read at most once per lifetime.
/// </summary>
public sealed class ProductStockFreshnessTests
{
    private static readonly TimeSpan Lifetime = CachedProductCatalog.DefaultProductLifetime;
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly StockStore _store = new();
    private readonly CachedProductCatalog _catalog;

    public ProductStockFreshnessTests() => _catalog = new CachedProductCatalog(_store, _time,
        CachedProductCatalog.DefaultProductLifetime, CachedProductCatalog.DefaultPlatformsLifetime);

    [Fact]
    public async Task AReservation_IsServedStaleJustBeforeTheLifetime_AndFreshAtIt()
    {
        _store.Stock = 10;
        (await _catalog.FindAsync("p-1", default))!.Stock.Should().Be(10);

        _store.Stock = 8; // an order reserved two units
        _time.Advance(Lifetime - Tick);
        (await _catalog.FindAsync("p-1", default))!.Stock.Should().Be(10, "the copy is still within its lifetime");

        _time.Advance(Tick);
        (await _catalog.FindAsync("p-1", default))!.Stock.Should().Be(8, "at its lifetime the copy is read again");
    }

    [Fact]
    public async Task ACancellation_ReachesThePage_WithinTheLifetime_WhenTheWriteLandsJustAfterARead()
    {
        _store.Stock = 8;
        await _catalog.FindAsync("p-1", default);
        _time.Advance(Tick);
        _store.Stock = 10; // the cancellation released them, just after the read

        _time.Advance(Lifetime - Tick - Tick);
        (await _catalog.FindAsync("p-1", default))!.Stock.Should().Be(8);
        _time.Advance(Tick);
        (await _catalog.FindAsync("p-1", default))!.Stock.Should().Be(10, "one lifetime after the read that missed the write");
    }

    [Fact]
    public async Task ManyRequests_CostOneReadPerLifetime()
    {
        for (var second = 0; second < 3; second++)
        {
            for (var i = 0; i < 1_000; i++)
            {
                await _catalog.FindAsync("p-1", default);
                _time.Advance(Lifetime / 1_000);
            }
        }

        _store.Reads.Should().Be(3);
    }

    [Fact]
    public async Task CallersArrivingDuringARead_WaitForIt_InsteadOfReadingAgain()
    {
        var gate = _store.Hold();
        var first = _catalog.FindAsync("p-1", default);
        var others = Enumerable.Range(0, 50).Select(_ => _catalog.FindAsync("p-1", default)).ToList();

        others.Should().OnlyContain(t => !t.IsCompleted);
        gate.SetResult(null);
        await first;
        await Task.WhenAll(others);

        _store.Reads.Should().Be(1);
    }

    [Fact]
    public async Task AFailedRead_IsNotKept_TheNextCallerReadsAgain()
    {
        var gate = _store.Hold();
        var failing = _catalog.FindAsync("p-1", default);
        gate.SetException(new TimeoutException("the table did not answer"));
        await failing.Invoking(t => t).Should().ThrowAsync<TimeoutException>();

        _store.Stock = 3;
        (await _catalog.FindAsync("p-1", default))!.Stock.Should().Be(3);
        _store.Reads.Should().Be(2);
    }

    [Fact]
    public async Task ACallerThatGivesUp_DoesNotCancelTheReadOthersWaitFor()
    {
        var gate = _store.Hold();
        using var leaving = new CancellationTokenSource();
        var impatient = _catalog.FindAsync("p-1", leaving.Token);
        var patient = _catalog.FindAsync("p-1", default);

        await leaving.CancelAsync();
        await impatient.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();
        gate.SetResult(new ProductBuilder { Stock = 4 }.Build());

        (await patient)!.Stock.Should().Be(4);
        _store.Reads.Should().Be(1);
    }

    [Fact]
    public async Task PlatformCounts_AreServedStaleJustBeforeTheirLifetime_AndFreshAtIt()
    {
        var lifetime = CachedProductCatalog.DefaultPlatformsLifetime;
        _store.Stock = 1;
        (await _catalog.ListPlatformsAsync(default)).Single().Count.Should().Be(1);

        _store.Stock = 2;
        _time.Advance(lifetime - Tick);
        (await _catalog.ListPlatformsAsync(default)).Single().Count.Should().Be(1);
        _time.Advance(Tick);
        (await _catalog.ListPlatformsAsync(default)).Single().Count.Should().Be(2);
    }

    /// <summary>One product whose stock the test sets; the platform "count" mirrors it so the test sees which read it got.</summary>
    private sealed class StockStore : IProductCatalog
    {
        private TaskCompletionSource<Product?>? _gate;
        private int _reads;

        public int Stock { get; set; } = 10;

        public int Reads => _reads;

        public TaskCompletionSource<Product?> Hold() => _gate = new TaskCompletionSource<Product?>(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<Product?> FindAsync(string productId, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reads);
            var gate = _gate;
            _gate = null;
            return gate?.Task ?? Task.FromResult<Product?>(new ProductBuilder { Id = productId, Stock = Stock }.Build());
        }

        public Task<Page<Product>> ListActiveAsync(PageRequest page, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Page<Product>> ListBySellerAsync(string sellerId, PageRequest page, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<PlatformCount>> ListPlatformsAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<PlatformCount>>([new PlatformCount("PC", Stock)]);
    }
}

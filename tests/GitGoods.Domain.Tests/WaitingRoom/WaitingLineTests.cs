using GitGoods.Domain.WaitingRoom;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.Domain.Tests.WaitingRoom;

/// <summary>The admission rules through the line's service, on a fake clock and an in-memory store with conditional writes.</summary>
public class WaitingLineTests
{
    private sealed class TestKey : IWaitingRoomKey
    {
        public Task<byte[]> GetAsync(CancellationToken cancellationToken) => Task.FromResult(new byte[32]);
    }

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 11, 0, 0, 0, TimeSpan.Zero));
    private readonly InMemoryWaitingRoomStore _store = new();
    private readonly WaitingLine _line;

    public WaitingLineTests() => _line = new WaitingLine(_store, new TestKey(), _time);

    private async Task<Sale> SaleAsync(string id = "sale", int capacity = 2, int ratePerMinute = 60, int abandonAfter = 30, int ttl = 300)
    {
        var sale = new Sale(id, "Sale " + id, _time.GetUtcNow().AddMinutes(-1), _time.GetUtcNow().AddHours(2), null, capacity, ratePerMinute, ttl, abandonAfter);
        await _store.PutSaleAsync(sale, SaleLine.Empty(sale, _time.GetUtcNow()), CancellationToken.None);
        return sale;
    }

    private async Task<LineStatus> JoinAsync(string shopper, string sale = "sale") => (await _line.JoinAsync(sale, shopper, CancellationToken.None)).Status!;

    private async Task<LineStatus> CheckInAsync(LineStatus status, string shopper) =>
        (await _line.CheckInAsync(status.SaleId, shopper, status.PositionToken, CancellationToken.None)).Status!;

    [Fact]
    public async Task WhenTheShopIsQuiet_TheFirstShopperIsAdmittedAtOnce()
    {
        await SaleAsync();
        var status = await JoinAsync("a");
        status.State.Should().Be(LineStatus.AdmittedState);
        status.AdmissionToken.Should().NotBeNull();
        status.AdmissionExpiresAt.Should().Be(_time.GetUtcNow().AddSeconds(300));
    }

    [Fact]
    public async Task JoiningAgain_KeepsThePlace()
    {
        await SaleAsync(capacity: 1);
        await JoinAsync("a");
        var first = await JoinAsync("b");
        var (outcome, again) = await _line.JoinAsync("sale", "b", CancellationToken.None);
        outcome.Should().Be(LineOutcome.AlreadyInLine);
        again!.Position.Should().Be(first.Position);
    }

    [Fact]
    public async Task TheRate_LetsInAtMostRateTimesElapsedTime()
    {
        await SaleAsync(capacity: 100, ratePerMinute: 60); // one a second, burst one
        var statuses = new List<LineStatus>();
        foreach (var shopper in new[] { "a", "b", "c", "d" })
        {
            statuses.Add(await JoinAsync(shopper));
        }

        statuses.Select(s => s.State).Should().Equal("ADMITTED", "WAITING", "WAITING", "WAITING");
        _time.Advance(TimeSpan.FromSeconds(2));
        statuses[3] = await CheckInAsync(statuses[3], "d");
        statuses[3].State.Should().Be("WAITING", "two seconds earn at most one admission (the burst cap), for b");
        (await CheckInAsync(statuses[1], "b")).State.Should().Be("ADMITTED");
        (await CheckInAsync(statuses[2], "c")).State.Should().Be("WAITING");
        _time.Advance(TimeSpan.FromSeconds(1));
        (await CheckInAsync(statuses[2], "c")).State.Should().Be("ADMITTED");
    }

    [Fact]
    public async Task TheCapacity_IsNeverExceeded_AndAnOrderReleasesItsShareAtOnce()
    {
        await SaleAsync(capacity: 2, ratePerMinute: 6000);
        var a = await JoinAsync("a");
        await JoinAsync("b");
        var c = await JoinAsync("c");
        c.State.Should().Be("WAITING");
        c.AheadOfYou.Should().Be(0);
        _time.Advance(TimeSpan.FromSeconds(10));
        (await CheckInAsync(c, "c")).State.Should().Be("WAITING", "two shoppers are checking out");
        (await _line.CompleteAsync("sale", a.Position, CancellationToken.None)).Should().BeTrue();
        (await _line.CompleteAsync("sale", a.Position, CancellationToken.None)).Should().BeFalse("completed once");
        (await CheckInAsync(c, "c")).State.Should().Be("ADMITTED");
    }

    [Fact]
    public async Task AnAdmissionNobodyUses_HoldsCapacityOnlyUntilItExpires()
    {
        await SaleAsync(capacity: 1, ratePerMinute: 6000, ttl: 60);
        await JoinAsync("a");
        var b = await JoinAsync("b");
        _time.Advance(TimeSpan.FromSeconds(59));
        (await CheckInAsync(b, "b")).State.Should().Be("WAITING");
        _time.Advance(TimeSpan.FromSeconds(1));
        (await CheckInAsync(b, "b")).State.Should().Be("ADMITTED");
        (await _store.FindAsync("sale", CancellationToken.None))!.Line.Expired.Should().Be(1);
    }

    [Fact]
    public async Task StrictArrivalOrder_NobodyOvertakesAnEarlierLiveShopper()
    {
        await SaleAsync(capacity: 1, ratePerMinute: 6000);
        var a = await JoinAsync("a");
        var b = await JoinAsync("b");
        var c = await JoinAsync("c");
        await _line.CompleteAsync("sale", a.Position, CancellationToken.None);
        (await CheckInAsync(c, "c")).State.Should().Be("WAITING", "b came first and is still live");
        (await CheckInAsync(b, "b")).State.Should().Be("ADMITTED");
    }

    [Fact]
    public async Task HalfTheLineWalksAway_TheirPlacesAreSkipped_AndUseNoCapacity()
    {
        await SaleAsync(capacity: 1, ratePerMinute: 6000, abandonAfter: 30);
        var head = await JoinAsync("head");
        var line = new List<LineStatus>();
        for (var i = 0; i < 10; i++)
        {
            line.Add(await JoinAsync("s" + i));
        }

        for (var t = 0; t < 4; t++)
        {
            _time.Advance(TimeSpan.FromSeconds(10));
            for (var i = 1; i < 10; i += 2)
            {
                line[i] = await CheckInAsync(line[i], "s" + i); // the odd ones stay; the even ones walked away
            }
        }

        await _line.CompleteAsync("sale", head.Position, CancellationToken.None);
        var admitted = new List<int>();
        for (var i = 1; i < 10; i += 2)
        {
            var status = await CheckInAsync(line[i], "s" + i);
            status.State.Should().Be("ADMITTED", $"shopper {i} is next once the walked-away places before them are skipped");
            admitted.Add(i);
            await _line.CompleteAsync("sale", status.Position, CancellationToken.None);
        }

        admitted.Should().Equal(1, 3, 5, 7, 9);
        (await CheckInAsync(line[0], "s0")).State.Should().Be("EXPIRED");
        var counters = (await _store.FindAsync("sale", CancellationToken.None))!.Line;
        counters.Abandoned.Should().Be(5, "the places of s0, s2, s4, s6 and s8 were reached and skipped");
        counters.Completed.Should().Be(6);
    }

    [Fact]
    public async Task SeveralSales_HaveSeparateLines()
    {
        await SaleAsync("one", capacity: 1, ratePerMinute: 6000);
        await SaleAsync("two", capacity: 1, ratePerMinute: 6000);
        (await JoinAsync("a", "one")).State.Should().Be("ADMITTED");
        (await JoinAsync("a", "two")).State.Should().Be("ADMITTED", "the other sale's capacity is its own");
        (await JoinAsync("b", "one")).State.Should().Be("WAITING");
        var tokens = await _line.TokensAsync(CancellationToken.None);
        var fromOne = (await JoinAsync("b", "one")).PositionToken;
        (await _line.CheckInAsync("two", "b", fromOne, CancellationToken.None)).Outcome.Should().Be(LineOutcome.ForbiddenToken);
        tokens.Should().NotBeNull();
    }

    [Fact]
    public async Task TwoAdvancersRacing_AdmitEachPlaceOnce_AndThePointerNeverJumps()
    {
        await SaleAsync(capacity: 1, ratePerMinute: 6000);
        var a = await JoinAsync("a");
        await JoinAsync("b");
        await JoinAsync("c");
        await _line.CompleteAsync("sale", a.Position, CancellationToken.None);
        // Between the first advancer's read and its write, a second advancer runs to the end.
        _store.BeforeApply = async () => await _line.AdvanceAsync("sale", CancellationToken.None);
        var line = await _line.AdvanceAsync("sale", CancellationToken.None);

        _store.RefusedAdvances.Should().Be(1, "the first advancer's write was conditional on the version the rival changed");
        line!.Served.Should().Be(2);
        line.Admitted.Should().Be(2, "a and b, each once");
        line.Checkout.Keys.Should().Equal(2);
        (await _store.FindPlaceAsync("sale", 3, CancellationToken.None))!.State.Should().Be(PlaceState.Waiting);
    }

    [Fact]
    public async Task ACheckInLandingDuringAnAdvance_KeepsThePlace()
    {
        await SaleAsync(capacity: 1, ratePerMinute: 6000, abandonAfter: 30);
        var a = await JoinAsync("a");
        var b = await JoinAsync("b");
        _time.Advance(TimeSpan.FromSeconds(31));
        await _line.CompleteAsync("sale", a.Position, CancellationToken.None);
        _store.BeforeApply = async () => await _store.CheckInAsync("sale", b.Position, _time.GetUtcNow(), CancellationToken.None);
        await _line.AdvanceAsync("sale", CancellationToken.None);
        (await _store.FindPlaceAsync("sale", b.Position, CancellationToken.None))!.State.Should().Be(PlaceState.Admitted,
            "the skip was refused (b checked in meanwhile) and the retry admitted b");
    }

    [Fact]
    public async Task AnInactiveOrUnknownSale_CannotBeJoined()
    {
        (await _line.JoinAsync("nope", "a", CancellationToken.None)).Outcome.Should().Be(LineOutcome.UnknownSale);
        await SaleAsync();
        _time.Advance(TimeSpan.FromHours(3));
        (await _line.JoinAsync("sale", "a", CancellationToken.None)).Outcome.Should().Be(LineOutcome.UnknownSale);
    }

    [Fact]
    public async Task ShoppersNearTheFront_CheckInEverySecond_AndTheRestAtTheSalesPace()
    {
        // Capacity 2: the next two shoppers check in every second.
        await SaleAsync(capacity: 2, ratePerMinute: 6);
        (await JoinAsync("first")).State.Should().Be(LineStatus.AdmittedState);
        var statuses = new List<LineStatus>();
        foreach (var shopper in new[] { "b", "c", "d", "e" })
        {
            statuses.Add(await JoinAsync(shopper));
        }

        statuses.Select(s => s.State).Should().AllBe(LineStatus.WaitingState);
        statuses.Select(s => (s.AheadOfYou, s.PollAfterSeconds)).Should().Equal((0L, 1), (1L, 1), (2L, 7), (3L, 7));
    }
}

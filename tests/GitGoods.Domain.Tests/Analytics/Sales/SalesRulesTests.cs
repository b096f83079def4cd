using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GitGoods.Domain.Analytics.Sales;
using GitGoods.Domain.Orders;

namespace GitGoods.Domain.Tests.Analytics.Sales;

public class SalesRulesTests
{
    private static readonly ShopCalendar Singapore = ShopCalendar.For("Asia/Singapore");

    [Theory]
    [InlineData(OrderStatus.Pending, false)]
    [InlineData(OrderStatus.Confirmed, true)]
    [InlineData(OrderStatus.Rejected, false)]
    [InlineData(OrderStatus.Cancelled, false)]
    [InlineData(OrderStatus.Shipped, true)]
    [InlineData(OrderStatus.Delivered, true)]
    public void OnlyConfirmedShippedAndDelivered_CountAsSales(OrderStatus status, bool counts) =>
        SaleStatuses.Counts(status).Should().Be(counts);

    [Theory]
    [InlineData("2026-03-01T15:59:59Z", "2026-03-01")]
    [InlineData("2026-03-01T16:00:00Z", "2026-03-02")]
    [InlineData("2026-02-28T23:30:00-08:00", "2026-03-01")]
    public void TheShopDay_IsThePlacementTimeAsACalendarDayInTheShopsTimeZone(string instant, string day) =>
        Singapore.DayOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Be(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void AnUnknownTimeZone_IsRefused() =>
        FluentActions.Invoking(() => ShopCalendar.For("Mars/Olympus_Mons")).Should().Throw<ArgumentException>();

    [Fact]
    public void AnOrder_ContributesPerSellerAndProduct_AndCountsOnceInEachSellersDay()
    {
        var order = SalesOrders.Placed(new DateTimeOffset(2026, 3, 1, 17, 0, 0, TimeSpan.Zero),
            SalesOrders.Line("a", "s1", 1000, 2), SalesOrders.Line("b", "s1", 500, 1), SalesOrders.Line("c", "s2", 250, 4),
            SalesOrders.Line("a", "s1", 1000, 1));

        var parts = OrderContributions.Of(order, Singapore);

        parts.Select(p => (p.SellerId, p.Day)).Should().Equal(("s1", new DateOnly(2026, 3, 2)), ("s2", new DateOnly(2026, 3, 2)));
        var s1 = parts[0];
        s1.Products.Select(p => (p.ProductId, p.Units, p.Revenue.Amount)).Should().Equal(("a", 3L, 3000L), ("b", 1L, 500L));
        (s1.Units, s1.Revenue.Amount, SellerContribution.Orders).Should().Be((4L, 3500L, 1L));
        parts[1].Revenue.Amount.Should().Be(1000);
    }

    [Fact]
    public void OneSellersPartOfAnOrder_FitsInOneTransaction() =>
        (OrderContributions.MaxRowsPerSeller + 1).Should().BeLessThanOrEqualTo(100, "the ledger and every row are written in one TransactWriteItems");

    [Theory]
    [InlineData(null, 1L, false, 0)]
    [InlineData(null, 2L, true, 1)]
    [InlineData(2L, 3L, false, -1)]
    [InlineData(3L, 3L, false, null)]
    [InlineData(4L, 3L, true, null)]
    public void TheLedger_AddsOrTakesOut_OnlyWhenTheCountedStateChanges_AndIgnoresOldVersions(long? ledgerVersion, long version, bool counted, int? delta)
    {
        var current = ledgerVersion is { } v ? new SalesLedgerEntry(v, v == 2) : null;
        SalesLedgerEntry.Delta(current, version, counted).Should().Be(delta);
    }

    /// <summary>
    /// The ledger's arithmetic: whatever duplicates and reordering the images arrive in, the applied deltas sum to
    /// 1 when the latest image counts and 0 otherwise.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property AnyDeliveryOrder_NetsToTheLatestImagesCountedState() =>
        Prop.ForAll(Gen.Elements(SalesOrders.Paths.ToArray()).SelectMany(path =>
                Gen.Zip(Gen.Choose(0, path.Length - 1).ArrayOf(), Gen.Choose(0, 1_000_000)).Select(more => (path, more.Item1, more.Item2))).ToArbitrary(),
            input =>
            {
                var (path, extra, seed) = input;
                var shuffle = new Random(seed);
                var deliveries = Enumerable.Range(0, path.Length).Concat(extra).OrderBy(_ => shuffle.Next()).ToList();
                SalesLedgerEntry? ledger = null;
                var net = 0;
                foreach (var index in deliveries)
                {
                    var counted = SaleStatuses.Counts(path[index]);
                    if (SalesLedgerEntry.Delta(ledger, index + 1, counted) is { } delta)
                    {
                        net += delta;
                        ledger = new SalesLedgerEntry(index + 1, counted);
                    }
                }

                return net == (SaleStatuses.Counts(path[^1]) ? 1 : 0) && net is 0 or 1;
            });
}

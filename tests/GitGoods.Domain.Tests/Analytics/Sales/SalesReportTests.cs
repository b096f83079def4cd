using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GitGoods.Domain.Analytics;
using GitGoods.Domain.Analytics.Sales;
using GitGoods.Domain.Common;

namespace GitGoods.Domain.Tests.Analytics.Sales;

public class SalesReportTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    [Fact]
    public void NoDates_MeansTheLast30DaysEndingToday()
    {
        ReportRange.TryParse(null, null, Today, out var range, out _).Should().BeTrue();
        (range!.From, range.To, range.Days).Should().Be((new DateOnly(2026, 11, 6), Today, 30));
    }

    [Theory]
    [InlineData("2026-01-01", null, "to")]
    [InlineData(null, "2026-01-01", "from")]
    [InlineData("2026-1-01", "2026-01-02", "from")]
    [InlineData("2026-01-01", "tomorrow", "to")]
    [InlineData("2026-02-30", "2026-03-01", "from")]
    [InlineData("2026-03-02", "2026-03-01", "to")]
    [InlineData("2025-01-01", "2026-01-02", "to")]
    public void ABadRange_IsRefused_NamingTheField(string? from, string? to, string field)
    {
        ReportRange.TryParse(from, to, Today, out var range, out var errors).Should().BeFalse();
        range.Should().BeNull();
        errors.Keys.Should().Contain(field);
    }

    [Theory]
    [InlineData("2026-03-01", "2026-03-01", 1)]
    [InlineData("2024-01-01", "2024-12-31", 366)]
    public void ARange_OfOneTo366Days_IsAccepted(string from, string to, int days)
    {
        ReportRange.TryParse(from, to, Today, out var range, out _).Should().BeTrue();
        range!.Days.Should().Be(days);
    }

    [Fact]
    public void TheReport_HasEveryDayOfTheRange_AndRanksProductsByUnitsThenRevenueThenId()
    {
        var range = Range("2026-03-01", "2026-03-04");
        var d1 = new DateOnly(2026, 3, 1);
        var d3 = new DateOnly(2026, 3, 3);
        var rows = new SellerSalesRows(
            [Row("a", d1, 5, 500), Row("b", d3, 5, 900), Row("c", d1, 5, 900), Row("d", d1, 1, 100), Row("e", d3, 0, 0),
             Row("f", d1, 2, 10), Row("g", d1, 3, 10), Row("h", d1, 4, 10), Row("old", new DateOnly(2026, 2, 28), 99, 9900)],
            [Day(d1, 20, 1530, 3), Day(d3, 5, 900, 1)]);

        var report = SalesReportBuilder.Build(range, "SGD", rows);

        report.ByDay.Select(d => (d.Date.Day, d.Units, d.Revenue.Amount, d.Orders)).Should().Equal((1, 20L, 1530L, 3L), (2, 0L, 0L, 0L), (3, 5L, 900L, 1L), (4, 0L, 0L, 0L));
        report.Totals.Should().Be(new SalesFigures(new Money(2430, "SGD"), 25, 4));
        report.TopProducts.Select(p => p.ProductId).Should().Equal("b", "c", "a", "h", "g");
        report.BottomProducts.Select(p => p.ProductId).Should().Equal("d", "f", "g", "h", "a");
    }

    [Property(MaxTest = 200)]
    public Property Totals_AreTheSumsOfTheDays_AndRankedListsHoldAtMostFiveSellingProducts() =>
        Prop.ForAll(Gen.Zip(Gen.Choose(0, 9), Gen.Zip(Gen.Choose(0, 6), Gen.Choose(0, 5))).ArrayOf().ToArbitrary(), entries =>
        {
            var range = Range("2026-03-01", "2026-03-07");
            var products = entries.Select(e => Row("p" + e.Item1, range.From.AddDays(e.Item2.Item1), e.Item2.Item2, e.Item2.Item2 * 150L)).ToList();
            var days = products.GroupBy(p => p.Day).Select(g => Day(g.Key, g.Sum(p => p.Units), g.Sum(p => p.Revenue.Amount), g.Count())).ToList();
            var report = SalesReportBuilder.Build(range, "SGD", new SellerSalesRows(products, days));
            return report.ByDay.Count == 7
                && report.Totals.Units == products.Sum(p => p.Units)
                && report.Totals.Revenue.Amount == products.Sum(p => p.Revenue.Amount)
                && report.Totals.Orders == report.ByDay.Sum(d => d.Orders)
                && report.TopProducts.Count <= 5 && report.BottomProducts.All(p => p.Units > 0)
                && report.TopProducts.Zip(report.TopProducts.Skip(1)).All(pair => pair.First.Units >= pair.Second.Units);
        });

    private static ReportRange Range(string from, string to) =>
        ReportRange.TryParse(from, to, Today, out var range, out _) ? range : throw new InvalidOperationException("A bad test range.");

    private static ProductSales Row(string product, DateOnly day, long units, long revenue) =>
        new("s1", day, product, "Title " + product, "PC", units, new Money(revenue, "SGD"), units > 0 ? 1 : 0);

    private static DaySales Day(DateOnly day, long units, long revenue, long orders) => new("s1", day, units, new Money(revenue, "SGD"), orders);
}

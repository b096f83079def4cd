using GitGoods.Domain.Analytics;
using GitGoods.Domain.Analytics.Sales;
using GitGoods.Domain.Common;

namespace GitGoods.Domain.Tests.Analytics.Sales;

public class SalesReportBuilderTests
{
    private static readonly DateOnly First = new(2026, 3, 1);
    private static readonly DateOnly Last = new(2026, 3, 3);

    [Fact]
    public void AProductsUnits_AreSummedOverTheDays_AndItsTitleIsTheLatestOne()
    {
        var report = Build(Row("p", Last, 3, 300, "New Title"), Row("p", First, 2, 200, "Old Title"));

        report.TopProducts.Should().Equal(new ProductFigures("p", "New Title", 5, new Money(500, "SGD")));
    }

    [Fact]
    public void SalesOnTheLastDayOfTheRange_CountForTheProducts()
    {
        var report = Build(Row("p", Last, 4, 400), Row("late", Last.AddDays(1), 9, 900));

        report.TopProducts.Select(p => (p.ProductId, p.Units)).Should().Equal(("p", 4L));
    }

    [Fact]
    public void TheBottomList_BreaksTiesOfUnitsAndRevenue_ByProductIdAscending()
    {
        var report = Build(Row("y", First, 1, 100), Row("x", First, 1, 100), Row("z", First, 2, 50));

        report.BottomProducts.Select(p => p.ProductId).Should().Equal("x", "y", "z");
    }

    [Fact]
    public void Build_WithoutARange_ThrowsNamingIt() =>
        FluentActions.Invoking(() => SalesReportBuilder.Build(null!, "SGD", new SellerSalesRows([], [])))
            .Should().Throw<ArgumentNullException>().WithParameterName("range");

    [Fact]
    public void Build_WithoutRows_ThrowsNamingThem() =>
        FluentActions.Invoking(() => SalesReportBuilder.Build(Range(), "SGD", null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("rows");

    private static SalesReport Build(params ProductSales[] rows) => SalesReportBuilder.Build(Range(), "SGD", new SellerSalesRows(rows, []));

    private static ReportRange Range() =>
        ReportRange.TryParse("2026-03-01", "2026-03-03", Last, out var range, out _) ? range : throw new InvalidOperationException("A bad test range.");

    private static ProductSales Row(string product, DateOnly day, long units, long revenue, string? title = null) =>
        new("s1", day, product, title ?? "Title " + product, "PC", units, new Money(revenue, "SGD"), 1);
}

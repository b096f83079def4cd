using GitGoods.LocalEnvironment.Analytics.Replay;
using GitGoods.Analytics;
using GitGoods.Analytics.Queries;
using GitGoods.Domain.Orders;
using GitGoods.LocalEnvironment.Analytics;
using GitGoods.TestSupport;
using static GitGoods.Domain.Orders.OrderStatus;

namespace GitGoods.LocalEnvironment.Tests.Analytics;

/// <summary>Every named sales query and view, on DuckDB, over files the real writers produced from real order changes.</summary>
public sealed class SalesQueriesTests : IDisposable
{
    private readonly LakeFolder _folder = new();

    // Placed at 02:00 UTC (10:00 in Singapore): the same day in both, well inside every query's window.
    private static readonly DateTimeOffset Recent = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(-3).AddHours(2);
    private static readonly DateTimeOffset Earlier = Recent.AddDays(-2);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task BestSellers_RankByNetUnits()
    {
        using var lake = await FilledLakeAsync();

        var rows = lake.Query(SalesQueries.BestSellers.Sql);

        rows.Columns.Should().Equal("seller_id", "product_id", "title", "platform", "currency", "units", "revenue_amount");
        rows.Rows.Select(r => (r[1], r[5], r[6])).Should().Equal(("p-best", 6L, 6000L), ("p-mid", 2L, 7000L), ("p-low", 1L, 500L), ("p-cancel", 0L, 0L));
    }

    [Fact]
    public async Task WorstSellers_StartWithTheNettedOutProduct()
    {
        using var lake = await FilledLakeAsync();

        var rows = lake.Query(SalesQueries.WorstSellers.Sql);

        rows.Rows.Select(r => r[1]).Should().Equal("p-cancel", "p-low", "p-mid", "p-best");
    }

    [Fact]
    public async Task RevenueByDay_SumsEachShopDay()
    {
        using var lake = await FilledLakeAsync();

        var rows = lake.Query(SalesQueries.RevenueByDay.Sql);

        rows.Columns.Should().Equal("shop_day", "currency", "revenue_amount", "units");
        rows.Rows.Select(r => (Day(r[0]), r[1], r[2], r[3])).Should().Equal(
            (Day(Earlier), "SGD", 7000L, 2L),
            (Day(Recent), "SGD", 6500L, 7L));
    }

    [Fact]
    public async Task RevenueByPlatform_CountsOnlyOrdersThatAreSalesNow_EachChangeOnce()
    {
        using var lake = await FilledLakeAsync();

        var rows = lake.Query(SalesQueries.RevenueByPlatform.Sql);

        // The cancelled PC order (10 × 100), the pending Switch order and the rejected PS5 order are not counted; the
        // retried and bisected batches wrote some changes two and three times, which counts once.
        var written = lake.Query("SELECT COUNT(*), COUNT(DISTINCT order_id || '/' || CAST(order_version AS VARCHAR) || '/' || product_id) FROM order_lines").Rows.Single();
        ((long)written[0]!).Should().BeGreaterThan((long)written[1]!, "the retried batches wrote some changes again");
        rows.Columns.Should().Equal("platform", "currency", "revenue_amount", "units", "orders");
        rows.Rows.Select(r => (r[0], r[2], r[3], r[4])).Should().Equal(("Switch", 7000L, 2L, 1L), ("PC", 6000L, 6L, 2L), ("PS5", 500L, 1L, 1L));
    }

    [Fact]
    public async Task QuantityByDateAndItem_ListsEachDaysProductsWithUnitsSold()
    {
        using var lake = await FilledLakeAsync();

        var rows = lake.Query(SalesQueries.QuantityByDateAndItem.Sql);

        rows.Columns.Should().Equal("shop_day", "seller_id", "product_id", "title", "platform", "units");
        rows.Rows.Select(r => (Day(r[0]), r[2], r[5])).Should().Equal(
            (Day(Earlier), "p-mid", 2L),
            (Day(Recent), "p-best", 6L),
            (Day(Recent), "p-low", 1L));
    }

    [Fact]
    public async Task Views_GiveQuickSightTypedDays_AndEachOrderLineOnceInItsCurrentStatus()
    {
        using var lake = await FilledLakeAsync();
        foreach (var view in SalesViews.All)
        {
            _ = lake.Query(view.Sql);
            _ = lake.Query(view.Sql); // CREATE OR REPLACE: running it again is fine.
        }

        var lines = lake.Query("SELECT order_id, product_id, status, counted FROM order_lines_current_v ORDER BY order_id, product_id").Rows;
        var daily = lake.Query("SELECT shop_day, product_id, units FROM sales_daily_v ORDER BY shop_day, product_id").Rows;

        lines.Select(r => (r[0], r[1], r[2], r[3])).Should().Equal(
            ("o-a", "p-best", "DELIVERED", true), ("o-b", "p-mid", "CONFIRMED", true), ("o-c", "p-best", "CONFIRMED", true),
            ("o-c", "p-low", "CONFIRMED", true), ("o-d", "p-cancel", "CANCELLED", false), ("o-e", "p-pending", "PENDING", false),
            ("o-f", "p-rejected", "REJECTED", false));
        daily.Select(r => (Day(r[0]), r[1], r[2])).Should().Equal(
            (Day(Earlier), "p-mid", 2L), (Day(Recent), "p-best", 6L), (Day(Recent), "p-cancel", 0L), (Day(Recent), "p-low", 1L));
    }

    [Fact]
    public async Task EveryNamedQuery_IsCovered_AndNamedInKebabCase()
    {
        using var lake = await FilledLakeAsync();

        SalesQueries.All.Concat(SalesViews.All).Should().AllSatisfy(q =>
        {
            q.Name.Should().MatchRegex("^sales-[a-z0-9]+(-[a-z0-9]+)*$");
            lake.Query(q.Sql).Should().NotBeNull();
        });
        SalesQueries.All.Select(q => q.Name).Should().Equal(
            "sales-best-sellers", "sales-worst-sellers", "sales-revenue-by-day", "sales-revenue-by-platform", "sales-quantity-by-date-and-item");
    }

    [Fact]
    public async Task Report_PrintsEveryQueryWithItsAnswer()
    {
        using var lake = await FilledLakeAsync();
        using var output = new StringWriter();

        LakeReport.Write(lake, output);

        var text = output.ToString();
        SalesQueries.All.Should().AllSatisfy(q => text.Should().Contain("-- " + q.Name));
        text.Should().Contain("p-best").And.Contain("Switch");
    }

    private async Task<DuckDbLake> FilledLakeAsync()
    {
        var sales = new SalesLake(_folder);
        sales.Order("o-a", Recent, [LakeOrders.Line("p-best", "PC", 1000, 5)], Confirmed, Shipped, Delivered);
        sales.Order("o-b", Earlier, [LakeOrders.Line("p-mid", "Switch", 3500, 2)], Confirmed);
        sales.Order("o-c", Recent.AddHours(1), [LakeOrders.Line("p-best", "PC", 1000, 1), LakeOrders.Line("p-low", "PS5", 500, 1)], Confirmed);
        sales.Order("o-d", Recent.AddHours(2), [LakeOrders.Line("p-cancel", "PC", 100, 10)], Confirmed, Cancelled);
        sales.Order("o-e", Recent.AddHours(3), [LakeOrders.Line("p-pending", "Switch", 9900, 7)]);
        sales.Order("o-f", Recent.AddHours(4), [LakeOrders.Line("p-rejected", "PS5", 9900, 3)], Rejected);
        await sales.StreamAsync();
        await sales.ExportRollupsAsync();
        return DuckDbLake.Open(_folder.Root);
    }

    private static DateOnly Day(DateTimeOffset at) => SalesLake.Singapore.DayOf(at);

    private static DateOnly Day(object? value) => value switch
    {
        DateOnly day => day,
        DateTime time => DateOnly.FromDateTime(time),
        _ => throw new InvalidOperationException($"Not a date: {value} ({value?.GetType()})"),
    };
}

using GitGoods.Domain.Analytics.Sales;
using GitGoods.Analytics.ExportSalesDaily;
using GitGoods.Domain.Analytics;
using GitGoods.Domain.Common;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Hosting.EventBridge;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Functions.Tests.Analytics;

public class ExportSalesDailyHandlerTests
{
    private static readonly ShopCalendar Singapore = ShopCalendar.For("Asia/Singapore");
    private static readonly DateOnly Today = new(2026, 12, 4);

    [Fact]
    public async Task Run_ReadsTheLast35ShopDays_CountedInTheShopsTimeZone()
    {
        var rollups = new FakeSalesRollups();
        // 17:00 UTC on the 3rd is 01:00 on the 4th in Singapore.
        var handler = new ExportSalesDailyHandler(rollups, new InMemoryAnalyticsFiles(), Singapore, new FixedTime(new DateTimeOffset(2026, 12, 3, 17, 0, 0, TimeSpan.Zero)));

        await handler.HandleAsync(new EventBridgeEvent(), new LambdaContext("r", "ExportSalesDaily", "1", 512, "arn", null, DateTimeOffset.MaxValue), CancellationToken.None);

        rollups.Read.Should().HaveCount(ExportSalesDailyHandler.DefaultDays);
        rollups.Read[0].Should().Be(Today);
        rollups.Read[^1].Should().Be(Today.AddDays(-34));
    }

    [Fact]
    public async Task EveryDay_IsWrittenWholeToItsPartition_EmptyDaysAsEmptyFiles()
    {
        var rollups = new FakeSalesRollups();
        rollups.Days[Today] = [Sales(Today, "p-1", 3), Sales(Today, "p-2", 1)];
        rollups.Days[Today.AddDays(-2)] = [Sales(Today.AddDays(-2), "p-1", 1)];
        var files = new InMemoryAnalyticsFiles();

        var written = await Handler(rollups, files).ExportAsync(Today, CancellationToken.None);

        written.Should().Be(ExportSalesDailyHandler.DefaultDays);
        files.Objects.Keys.Should().Contain(["lake/sales_daily/dt=2026-12-04/sales.parquet", "lake/sales_daily/dt=2026-12-02/sales.parquet"])
            .And.HaveCount(ExportSalesDailyHandler.DefaultDays);
        files.Objects["lake/sales_daily/dt=2026-12-03/sales.parquet"].Length
            .Should().BeLessThan(files.Objects["lake/sales_daily/dt=2026-12-04/sales.parquet"].Length, "a day without sales holds no rows");
    }

    [Fact]
    public async Task Rerun_ReplacesEachDaysFile_AndEmptiesADayWhoseRollupsAreGone()
    {
        var rollups = new FakeSalesRollups();
        rollups.Days[Today] = [Sales(Today, "p-1", 3)];
        var files = new InMemoryAnalyticsFiles();
        var handler = Handler(rollups, files);
        await handler.ExportAsync(Today, CancellationToken.None);
        var before = files.Objects["lake/sales_daily/dt=2026-12-04/sales.parquet"];

        await handler.ExportAsync(Today, CancellationToken.None);
        files.Objects["lake/sales_daily/dt=2026-12-04/sales.parquet"].Should().Equal(before, "the same rollups give the same file");
        rollups.Days.Clear();
        var written = await handler.ExportAsync(Today, CancellationToken.None);

        written.Should().Be(ExportSalesDailyHandler.DefaultDays);
        files.Objects["lake/sales_daily/dt=2026-12-04/sales.parquet"].Should().NotEqual(before, "the day's rollups are gone");
    }

    [Fact]
    public async Task Days_CanBeNarrowed()
    {
        var rollups = new FakeSalesRollups();

        await Handler(rollups, new InMemoryAnalyticsFiles()).ExportAsync(Today, CancellationToken.None);
        await new ExportSalesDailyHandler(rollups, new InMemoryAnalyticsFiles(), Singapore, TimeProvider.System) { Days = 2 }.ExportAsync(Today, CancellationToken.None);

        rollups.Read.Should().HaveCount(ExportSalesDailyHandler.DefaultDays + 2);
    }

    private static ExportSalesDailyHandler Handler(FakeSalesRollups rollups, InMemoryAnalyticsFiles files) =>
        new(rollups, files, Singapore, TimeProvider.System);

    private static ProductSales Sales(DateOnly day, string productId, long units) =>
        new("seller-1", day, productId, "Game " + productId, "PC", units, new Money(units * 1000, "SGD"), units);
}

using System.Text.Json;
using GitGoods.Adapters.Analytics.Sales;
using GitGoods.Analytics.RollupSales;
using GitGoods.Domain.Analytics.Sales;
using GitGoods.Domain.Orders;
using GitGoods.Functions.Tests.Composition;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Hosting.DynamoDbStreams;
using GitGoods.Hosting.Json;
using GitGoods.Hosting.Sqs;
using GitGoods.TestSupport;

namespace GitGoods.Functions.Tests.Analytics.RollupSales;

/// <summary>The rollup function through its Lambda entry point, on real order images and real rollups in DynamoDB Local.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class RollupSalesHandlerTests(DynamoDbLocalFixture dynamo)
{
    internal static readonly ShopCalendar Singapore = ShopCalendar.For("Asia/Singapore");
    internal static readonly DateTimeOffset Placed = new(2026, 3, 1, 17, 30, 0, TimeSpan.Zero); // 2 March in Singapore
    private static readonly DateOnly ShopDay = new(2026, 3, 2);

    [Fact]
    public async Task DuplicateDeliveries_CountOnce()
    {
        var (records, rollups, function, seller) = await ArrangeAsync(OrderStatus.Pending, OrderStatus.Confirmed);

        (await InvokeAsync(function, [.. records, records[1], records[1], .. records])).Should().BeNull();

        var rows = await rollups.ReadAsync(seller, Range(), CancellationToken.None);
        rows.Products.Select(p => (p.ProductId, p.Units, p.Revenue.Amount, p.Orders)).Should().BeEquivalentTo([("a", 2L, 2000L, 1L), ("b", 1L, 500L, 1L)]);
        rows.Days.Select(d => (d.Day, d.Units, d.Revenue.Amount, d.Orders)).Should().Equal((ShopDay, 3L, 2500L, 1L));
    }

    [Fact]
    public async Task ReorderedDeliveries_EndAtTheLatestStatus()
    {
        var (records, rollups, function, seller) = await ArrangeAsync(OrderStatus.Pending, OrderStatus.Confirmed, OrderStatus.Cancelled);

        (await InvokeAsync(function, [records[2], records[0], records[1]])).Should().BeNull();

        var rows = await rollups.ReadAsync(seller, Range(), CancellationToken.None);
        rows.Products.Should().BeEmpty("the cancellation came first, so the older confirmation is stale and never counts");
        rows.Days.Should().BeEmpty();
    }

    [Fact]
    public async Task ACancellationAfterConfirmation_NetsOut()
    {
        var (records, rollups, function, seller) = await ArrangeAsync(OrderStatus.Pending, OrderStatus.Confirmed, OrderStatus.Cancelled);

        (await InvokeAsync(function, records.Take(2).ToList())).Should().BeNull();
        (await rollups.ReadAsync(seller, Range(), CancellationToken.None)).Days.Single().Units.Should().Be(3);
        (await InvokeAsync(function, records.Skip(2).ToList())).Should().BeNull();

        var rows = await rollups.ReadAsync(seller, Range(), CancellationToken.None);
        rows.Products.Should().OnlyContain(p => p.Units == 0 && p.Revenue.Amount == 0 && p.Orders == 0);
        rows.Days.Should().ContainSingle().Which.Should().Match<DaySales>(d => d.Units == 0 && d.Revenue.Amount == 0 && d.Orders == 0);
        (await rollups.ReadDayAsync(ShopDay, CancellationToken.None)).Where(p => p.SellerId == seller).Should().HaveCount(2, "netted-out rows stay, at 0");
    }

    [Fact]
    public async Task ARejectedOrder_NeverCounts()
    {
        var (records, rollups, function, seller) = await ArrangeAsync(OrderStatus.Pending, OrderStatus.Rejected);

        (await InvokeAsync(function, records)).Should().BeNull();

        (await rollups.ReadAsync(seller, Range(), CancellationToken.None)).Days.Should().BeEmpty();
    }

    [Fact]
    public async Task AMalformedRecord_IsReported_AfterTheRecordsBeforeItWereApplied()
    {
        var (records, rollups, function, seller) = await ArrangeAsync(OrderStatus.Pending, OrderStatus.Confirmed);
        var broken = OrderStreamRecords.Record("MODIFY", new(records[1].DynamoDb.NewImage!, StringComparer.Ordinal), null);
        broken.DynamoDb.NewImage!.Remove("lines");

        (await InvokeAsync(function, [.. records, broken, records[0]])).Should().Be(broken.DynamoDb.SequenceNumber);

        (await rollups.ReadAsync(seller, Range(), CancellationToken.None)).Days.Single().Orders.Should().Be(1);
    }

    internal static async Task<string?> InvokeAsync(DynamoDbStreamFunction function, IReadOnlyList<DynamoDbStreamRecord> records)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new DynamoDbStreamEvent { Records = [.. records] }, HostingJsonContext.Default.DynamoDbStreamEvent);
        var answer = JsonSerializer.Deserialize(await function.InvokeAsync(payload, Requests.Context, CancellationToken.None), HostingJsonContext.Default.SqsBatchResponse)!;
        return answer.BatchItemFailures.SingleOrDefault()?.ItemIdentifier;
    }

    internal static ReportRange Range() =>
        ReportRange.TryParse("2026-02-01", "2026-03-31", ShopDay, out var range, out _) ? range : throw new InvalidOperationException("A bad range.");

    private async Task<(IReadOnlyList<DynamoDbStreamRecord> Records, DynamoSalesRollups Rollups, DynamoDbStreamFunction Function, string Seller)>
        ArrangeAsync(params OrderStatus[] path)
    {
        var table = await dynamo.CreateTableAsync("rollups");
        var seller = "seller-" + Guid.NewGuid().ToString("N");
        var placed = LakeOrders.Placed("order-" + Guid.NewGuid().ToString("N"), Placed,
            LakeOrders.Line("a", "Switch", 1000, 2, seller), LakeOrders.Line("b", "Switch", 500, 1, seller));
        var records = await new OrderStreamRecords(dynamo.Client, table).WriteAsync(placed, path);
        var function = new DynamoDbStreamFunction(new RollupSalesHandler(new DynamoSalesLedger(dynamo.Client, table, Singapore)));
        return (records, new DynamoSalesRollups(dynamo.Client, table), function, seller);
    }
}

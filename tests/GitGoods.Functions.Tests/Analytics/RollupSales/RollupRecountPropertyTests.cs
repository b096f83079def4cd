using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GitGoods.Adapters.Analytics.Sales;
using GitGoods.Analytics.RollupSales;
using GitGoods.Domain.Analytics.Sales;
using GitGoods.Domain.Orders;
using GitGoods.Functions.Tests.Composition;
using GitGoods.Hosting.DynamoDbStreams;
using GitGoods.TestSupport;

namespace GitGoods.Functions.Tests.Analytics.RollupSales;

/// <summary>
/// Random orders take random status paths; their stream records reach the rollup function with random duplicates, in a
/// random order, in random batches. The rollups must equal a recount of the orders' final states.
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class RollupRecountPropertyTests(DynamoDbLocalFixture dynamo) : IAsyncLifetime
{
    private static readonly OrderStatus[][] Paths =
    [
        [OrderStatus.Pending],
        [OrderStatus.Pending, OrderStatus.Confirmed],
        [OrderStatus.Pending, OrderStatus.Rejected],
        [OrderStatus.Pending, OrderStatus.Cancelled],
        [OrderStatus.Pending, OrderStatus.Confirmed, OrderStatus.Cancelled],
        [OrderStatus.Pending, OrderStatus.Confirmed, OrderStatus.Shipped],
        [OrderStatus.Pending, OrderStatus.Confirmed, OrderStatus.Shipped, OrderStatus.Delivered],
    ];

    private string _table = "";

    public async Task InitializeAsync() => _table = await dynamo.CreateTableAsync("recount");

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>(product 0–3, seller 0–1, quantity 1–3) lines; a path; an hour offset of the placement.</summary>
    private static Gen<(int Product, int Seller, int Quantity)[]> Lines =>
        Gen.Zip(Gen.Choose(0, 3), Gen.Zip(Gen.Choose(0, 1), Gen.Choose(1, 3))).Select(t => (t.Item1, t.Item2.Item1, t.Item2.Item2))
            .ArrayOf().Where(l => l.Length is >= 1 and <= 3);

    private static Gen<((int Product, int Seller, int Quantity)[] Lines, int Path, int Hour)[]> Orders =>
        Gen.Zip(Lines, Gen.Zip(Gen.Choose(0, Paths.Length - 1), Gen.Choose(0, 47))).Select(t => (t.Item1, t.Item2.Item1, t.Item2.Item2))
            .ArrayOf().Where(o => o.Length is >= 1 and <= 4);

    [Property(MaxTest = 12)]
    public Property Rollups_EqualARecountOfTheOrdersFinalStates() =>
        Prop.ForAll(Gen.Zip(Orders, Gen.Choose(0, 1_000_000)).ToArbitrary(), input => Task.Run(() => HoldsAsync(input.Item1, input.Item2)).GetAwaiter().GetResult());

    private async Task<bool> HoldsAsync(((int Product, int Seller, int Quantity)[] Lines, int Path, int Hour)[] orders, int seed)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var sellers = new[] { "s0-" + run, "s1-" + run };
        var writer = new OrderStreamRecords(dynamo.Client, _table);
        var records = new List<DynamoDbStreamRecord>();
        var finals = new List<Order>();
        foreach (var (lines, path, hour) in orders)
        {
            var placed = LakeOrders.Placed("order-" + Guid.NewGuid().ToString("N"), RollupSalesHandlerTests.Placed.AddHours(hour),
                [.. lines.Select(l => LakeOrders.Line("p" + l.Product, "Switch", 100 * (l.Product + 1), l.Quantity, sellers[l.Seller]))]);
            var written = await writer.WriteAsync(placed, Paths[path]);
            records.AddRange(written);
            finals.Add(OrderChangesOf(written[^1]));
        }

        var random = new Random(seed);
        var deliveries = records.Concat(records.Where(_ => random.Next(3) == 0)).OrderBy(_ => random.Next()).ToList();
        var function = new DynamoDbStreamFunction(new RollupSalesHandler(new DynamoSalesLedger(dynamo.Client, _table, RollupSalesHandlerTests.Singapore)));
        for (var i = 0; i < deliveries.Count;)
        {
            var size = random.Next(1, 6);
            (await RollupSalesHandlerTests.InvokeAsync(function, deliveries.Skip(i).Take(size).ToList())).Should().BeNull();
            i += size;
        }

        var rollups = new DynamoSalesRollups(dynamo.Client, _table);
        foreach (var seller in sellers)
        {
            var rows = await rollups.ReadAsync(seller, RollupSalesHandlerTests.Range(), CancellationToken.None);
            var expected = Recount(finals, seller);
            rows.Products.Where(p => p.Units != 0 || p.Orders != 0).Select(p => (p.Day, p.ProductId, p.Units, p.Revenue.Amount, p.Orders))
                .Should().BeEquivalentTo(expected.Products);
            rows.Days.Where(d => d.Orders != 0).Select(d => (d.Day, d.Units, d.Revenue.Amount, d.Orders)).Should().BeEquivalentTo(expected.Days);
        }

        return true;
    }

    private static Order OrderChangesOf(DynamoDbStreamRecord record) => GitGoods.Analytics.OrderChanges.OrderChange.From(record)!.After;

    private static (List<(DateOnly, string, long, long, long)> Products, List<(DateOnly, long, long, long)> Days) Recount(List<Order> orders, string seller)
    {
        var parts = orders.Where(o => SaleStatuses.Counts(o.Status))
            .SelectMany(o => OrderContributions.Of(o, RollupSalesHandlerTests.Singapore)).Where(p => p.SellerId == seller).ToList();
        var products = parts.SelectMany(p => p.Products.Select(x => (p.Day, x))).GroupBy(t => (t.Day, t.x.ProductId))
            .Select(g => (g.Key.Day, g.Key.ProductId, g.Sum(t => t.x.Units), g.Sum(t => t.x.Revenue.Amount), (long)g.Count())).ToList();
        var days = parts.GroupBy(p => p.Day).Select(g => (g.Key, g.Sum(p => p.Units), g.Sum(p => p.Revenue.Amount), (long)g.Count())).ToList();
        return (products, days);
    }
}

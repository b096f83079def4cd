using GitGoods.Domain.Analytics.Sales;
using GitGoods.Analytics;
using GitGoods.Analytics.ExportOrderLines;
using GitGoods.Analytics.ExportSalesDaily;
using GitGoods.Domain.Analytics;
using GitGoods.Domain.Orders;
using GitGoods.Hosting.DynamoDbStreams;
using GitGoods.Hosting.Runtime;
using GitGoods.TestSupport;

namespace GitGoods.LocalEnvironment.Tests.Analytics;

/// <summary>
/// Fills a lake folder through the real writers: order changes as stream batches into <see cref="ExportOrderLinesHandler"/>
/// (retried and overlapping batches included), and the rollups a recount of the final orders gives into
/// <see cref="ExportSalesDailyHandler"/>.
/// </summary>
internal sealed class SalesLake(LakeFolder folder)
{
    public static readonly ShopCalendar Singapore = ShopCalendar.For("Asia/Singapore");
    private static readonly LambdaContext Context = new("req", "ExportOrderLines", "1", 512, "arn", null, DateTimeOffset.MaxValue);
    private readonly List<DynamoDbStreamRecord> _records = [];
    private readonly Dictionary<string, Order> _latest = new(StringComparer.Ordinal);
    private long _sequence = 1000;

    /// <summary>Places an order and moves it through <paramref name="statuses"/>, a minute apart, recording each change.</summary>
    public Order Order(string id, DateTimeOffset placedAt, OrderLine[] lines, params OrderStatus[] statuses)
    {
        var order = LakeOrders.Placed(id, placedAt, lines);
        _records.Add(StreamRecords.OrderChange(null, order, ++_sequence, placedAt));
        foreach (var status in statuses)
        {
            var next = order.MoveTo(status, order.UpdatedAt.AddMinutes(1));
            _records.Add(StreamRecords.OrderChange(order, next, ++_sequence, next.UpdatedAt));
            order = next;
        }

        _latest[id] = order;
        return order;
    }

    /// <summary>Streams every change in batches of three, then retries the first batch and replays a bisected half of it.</summary>
    public async Task StreamAsync()
    {
        var handler = new ExportOrderLinesHandler(folder.Files, Singapore);
        var batches = _records.Chunk(3).ToList();
        foreach (var batch in batches.Append(batches[0]).Append(batches[0][..2]))
        {
            (await handler.HandleAsync(new DynamoDbStreamEvent { Records = batch }, Context, CancellationToken.None)).Should().BeNull();
        }
    }

    /// <summary>Exports the rollups of the last 35 shop days, as the rollup function would hold them for these orders.</summary>
    public Task ExportRollupsAsync() =>
        new ExportSalesDailyHandler(new RecountedRollups(_latest.Values), folder.Files, Singapore, TimeProvider.System)
            .ExportAsync(Singapore.Today(TimeProvider.System), CancellationToken.None);

    /// <summary>The rollups by definition: per seller, shop day of placement and product, counted orders only; cancelled ones net to zero rows.</summary>
    private sealed class RecountedRollups(IEnumerable<Order> orders) : ISalesRollups
    {
        public Task<IReadOnlyList<ProductSales>> ReadDayAsync(DateOnly day, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ProductSales>>([.. orders
                .Where(o => Singapore.DayOf(o.CreatedAt) == day && (SaleStatuses.Counts(o.Status) || WasConfirmed(o)))
                .SelectMany(o => o.Lines.Select(l => (Order: o, Line: l)))
                .GroupBy(x => (x.Line.SellerId, x.Line.ProductId))
                .Select(g =>
                {
                    var counted = g.Where(x => SaleStatuses.Counts(x.Order.Status)).ToList();
                    var revenue = counted.Select(x => x.Line.LineTotal).Aggregate(new GitGoods.Domain.Common.Money(0, "SGD"), (a, b) => a.Add(b));
                    return new ProductSales(g.Key.SellerId, day, g.Key.ProductId, g.First().Line.Title, g.First().Line.Platform,
                        counted.Sum(x => x.Line.Quantity), revenue, counted.Count);
                })]);

        private static bool WasConfirmed(Order order) => order.History.Any(h => h.Status == OrderStatus.Confirmed);
    }
}

using GitGoods.Domain.Analytics;
using GitGoods.Domain.Analytics.Sales;
using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;

namespace GitGoods.LocalEnvironment.Analytics.Replay;

/// <summary>
/// The sales rollups by definition, recounted from orders' final states: per seller, shop day of placement and product,
/// counted orders only; an order cancelled after confirmation leaves its product's row at zero, as the rollup function
/// leaves it. The replay's stand-in for the rollup table (no DynamoDB needed).
/// </summary>
public sealed class RecountedSalesRollups(IEnumerable<Order> orders, ShopCalendar calendar) : ISalesRollups
{
    private readonly IReadOnlyList<Order> _orders = [.. orders];

    public Task<IReadOnlyList<ProductSales>> ReadDayAsync(DateOnly day, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ProductSales>>([.. _orders
            .Where(o => calendar.DayOf(o.CreatedAt) == day && (SaleStatuses.Counts(o.Status) || WasConfirmed(o)))
            .SelectMany(o => o.Lines.Select(l => (Order: o, Line: l)))
            .GroupBy(x => (x.Line.SellerId, x.Line.ProductId))
            .Select(g =>
            {
                var counted = g.Where(x => SaleStatuses.Counts(x.Order.Status)).ToList();
                var currency = g.First().Line.UnitPrice.Currency;
                var revenue = counted.Select(x => x.Line.LineTotal).Aggregate(new Money(0, currency), (a, b) => a.Add(b));
                return new ProductSales(g.Key.SellerId, day, g.Key.ProductId, g.First().Line.Title, g.First().Line.Platform,
                    counted.Sum(x => x.Line.Quantity), revenue, counted.Count);
            })]);

    private static bool WasConfirmed(Order order) => order.History.Any(h => h.Status == OrderStatus.Confirmed);
}

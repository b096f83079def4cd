using GitGoods.Domain.Analytics.Sales;
using System.Globalization;
using GitGoods.Analytics.Lake;
using GitGoods.Analytics.OrderChanges;
using GitGoods.Domain.Orders;

namespace GitGoods.Analytics.ExportOrderLines;

/// <summary>
/// One row of <see cref="LakeTables.OrderLines"/>: one line of an order as one change left it. Built from the order's
/// lines, status and times only: the order's customer id and its sealed personal data are never read.
/// </summary>
public sealed record OrderLineRow(
    string OrderId, long OrderVersion, string Status, bool Counted, DateTimeOffset PlacedAt, string ShopDay, DateTimeOffset ChangedAt,
    string SellerId, string ProductId, string Title, string Platform, long Quantity, long UnitAmount, long LineAmount, string Currency)
{
    /// <summary>The columns of <see cref="LakeTables.OrderLines"/>, read from a row.</summary>
    public static LakeColumnMap<OrderLineRow> Columns { get; } = new LakeColumnMap<OrderLineRow>()
        .Text("order_id", r => r.OrderId)
        .BigInt("order_version", r => r.OrderVersion)
        .Text("status", r => r.Status)
        .Flag("counted", r => r.Counted)
        .Timestamp("placed_at", r => r.PlacedAt)
        .Text("shop_day", r => r.ShopDay)
        .Timestamp("changed_at", r => r.ChangedAt)
        .Text("seller_id", r => r.SellerId)
        .Text("product_id", r => r.ProductId)
        .Text("title", r => r.Title)
        .Text("platform", r => r.Platform)
        .BigInt("quantity", r => r.Quantity)
        .BigInt("unit_amount", r => r.UnitAmount)
        .BigInt("line_amount", r => r.LineAmount)
        .Text("currency", r => r.Currency);

    /// <summary>
    /// The rows of <paramref name="change"/>: one per line of the order after it. The change happened when the stream
    /// recorded it (a write that moves no status, such as a stock reservation, leaves the order's own times alone).
    /// </summary>
    public static IEnumerable<OrderLineRow> Of(OrderChange change, ShopCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(change);
        var order = change.After;
        var changedAt = change.ApproximateAt > DateTimeOffset.UnixEpoch ? change.ApproximateAt : order.UpdatedAt;
        var shopDay = calendar.DayOf(order.CreatedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var status = OrderStatusRules.Name(order.Status);
        return order.Lines.Select(line => new OrderLineRow(
            order.Id, order.Version, status, SaleStatuses.Counts(order.Status), order.CreatedAt, shopDay, changedAt,
            line.SellerId, line.ProductId, line.Title, line.Platform, line.Quantity, line.UnitPrice.Amount, line.LineTotal.Amount, line.UnitPrice.Currency));
    }
}

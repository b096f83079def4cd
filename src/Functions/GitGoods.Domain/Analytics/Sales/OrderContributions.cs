using GitGoods.Domain.Orders;

namespace GitGoods.Domain.Analytics.Sales;

/// <summary>Splits an order into what it contributes to each of its sellers' rollups when it counts as a sale.</summary>
public static class OrderContributions
{
    /// <summary>
    /// The most rollup rows one seller's part of an order can touch: a row per product (an order holds at most
    /// <see cref="MaxProductsPerOrder"/>) plus the day's total. The rollup store writes one seller's part and its ledger
    /// entry in one transaction, so this plus one must stay within DynamoDB's 100 items per transaction.
    /// </summary>
    public const int MaxProductsPerOrder = 50;

    public const int MaxRowsPerSeller = MaxProductsPerOrder + 1;

    /// <summary>One contribution per seller of <paramref name="order"/>, on the shop day it was placed; lines of one product are summed.</summary>
    public static IReadOnlyList<SellerContribution> Of(Order order, ShopCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(calendar);
        var day = calendar.DayOf(order.CreatedAt);
        return
        [
            .. order.Lines
                .GroupBy(l => l.SellerId, StringComparer.Ordinal)
                .Select(seller => new SellerContribution(seller.Key, day,
                [
                    .. seller.GroupBy(l => l.ProductId, StringComparer.Ordinal).Select(product => new ProductContribution(
                        product.Key, product.First().Title, product.First().Platform, product.Sum(l => (long)l.Quantity),
                        product.Select(l => l.LineTotal).Aggregate((a, b) => a.Add(b)))),
                ])),
        ];
    }
}

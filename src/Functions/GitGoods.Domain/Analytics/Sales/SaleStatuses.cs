using GitGoods.Domain.Orders;

namespace GitGoods.Domain.Analytics.Sales;

/// <summary>Which order statuses count as a sale: CONFIRMED and every status after it but CANCELLED (api.md).</summary>
public static class SaleStatuses
{
    public static bool Counts(OrderStatus status) => status is OrderStatus.Confirmed or OrderStatus.Shipped or OrderStatus.Delivered;
}

namespace GitGoods.Domain.Orders;

/// <summary>
/// Where an order is in its life: PENDING → CONFIRMED or REJECTED; CONFIRMED → SHIPPED → DELIVERED;
/// PENDING or CONFIRMED → CANCELLED. <see cref="OrderStatusRules"/> holds the allowed moves.
/// </summary>
public enum OrderStatus
{
    Pending,
    Confirmed,
    Rejected,
    Cancelled,
    Shipped,
    Delivered,
}

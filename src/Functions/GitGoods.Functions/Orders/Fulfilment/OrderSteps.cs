using GitGoods.Domain.Orders;

namespace GitGoods.Orders.Fulfilment;

/// <summary>Reads the order a step works on; a message naming no order can never succeed, so it fails loudly.</summary>
internal static class OrderSteps
{
    public static async Task<Order> LoadAsync(IOrderStore orders, OrderStepInput input, CancellationToken cancellationToken) =>
        (OrderIds.IsWellFormed(input.OrderId) ? await orders.FindAsync(input.OrderId, cancellationToken) : null)
        ?? throw new KeyNotFoundException($"No order {input.OrderId}.");

    /// <summary>CONFIRMED, SHIPPED or DELIVERED: the workflow succeeded for this order (perhaps in another delivery of its message).</summary>
    public static bool IsConfirmed(Order order) => order.Status is OrderStatus.Confirmed or OrderStatus.Shipped or OrderStatus.Delivered;
}

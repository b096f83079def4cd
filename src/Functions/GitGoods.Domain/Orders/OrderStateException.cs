namespace GitGoods.Domain.Orders;

/// <summary>A status change the order's state machine does not allow (HTTP 409).</summary>
public sealed class OrderStateException : InvalidOperationException
{
    public OrderStateException(string orderId, OrderStatus current, OrderStatus wanted)
        : base($"Order {orderId} is {OrderStatusRules.Name(current)}; it cannot become {OrderStatusRules.Name(wanted)}.")
    {
        Current = current;
        Wanted = wanted;
    }

    public OrderStateException()
    {
    }

    public OrderStateException(string message)
        : base(message)
    {
    }

    public OrderStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public OrderStatus Current { get; }

    public OrderStatus Wanted { get; }
}

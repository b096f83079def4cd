namespace GitGoods.Domain.Orders;

/// <summary>The order's state machine: which status may follow which, and how statuses are written.</summary>
public static class OrderStatusRules
{
    public static bool CanMove(OrderStatus from, OrderStatus to) => (from, to) switch
    {
        (OrderStatus.Pending, OrderStatus.Confirmed or OrderStatus.Rejected or OrderStatus.Cancelled) => true,
        (OrderStatus.Confirmed, OrderStatus.Shipped or OrderStatus.Cancelled) => true,
        (OrderStatus.Shipped, OrderStatus.Delivered) => true,
        _ => false,
    };

    /// <summary>The wire and storage name: <c>PENDING</c>, <c>CONFIRMED</c>, …</summary>
    public static string Name(OrderStatus status) => status.ToString().ToUpperInvariant();

    public static bool TryParse(string? text, out OrderStatus status)
    {
        status = default;
        return !string.IsNullOrEmpty(text) && text.All(char.IsAsciiLetterUpper) && Enum.TryParse(text, ignoreCase: true, out status);
    }
}

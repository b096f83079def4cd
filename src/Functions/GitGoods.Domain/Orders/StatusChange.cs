namespace GitGoods.Domain.Orders;

/// <summary>One entry of an order's history: the status it took, when (UTC), and why when it was rejected.</summary>
public sealed record StatusChange(OrderStatus Status, DateTimeOffset At, string? Reason = null);

namespace GitGoods.Domain.Orders;

/// <summary>A placed order not yet known to have reached the order queue (written in the same transaction as the order).</summary>
public sealed record OutboxEntry(string OrderId, DateTimeOffset PlacedAt);

using GitGoods.Domain.Orders;

namespace GitGoods.Orders.ShipOrder;

/// <summary>The outcome of <see cref="OrderShipment.ShipAsync"/>: the shipped order, or why not (a detail for the caller).</summary>
public sealed record ShipmentResult(ShipmentOutcome Outcome, Order? Order = null, string? Detail = null);

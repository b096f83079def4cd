using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;

namespace GitGoods.Orders.Fulfilment;

/// <summary>
/// What the workflow decided about an order the first time it decided: CONFIRMED or REJECTED, the order's total, when it was
/// placed and when the deciding write happened. Steps report it beside their outcome (<see cref="OrderStepResult.Settlement"/>),
/// and the Lambda adapter turns it into business metrics; it never reaches the state machine. A duplicate delivery that finds the
/// order already settled (ALREADY_CONFIRMED, NOT_PENDING) reports none, so an order is counted once however often its message comes.
/// </summary>
/// <param name="Status">CONFIRMED or REJECTED.</param>
/// <param name="Total">The order's total, in minor units of its currency.</param>
/// <param name="PlacedAt">When the order was placed (stored by PlaceOrder).</param>
/// <param name="SettledAt">When the step's conditional write confirmed or rejected it.</param>
/// <param name="RejectionReason">Why it was rejected (OUT_OF_STOCK, PAYMENT_DECLINED, PAYMENT_ERROR); null when confirmed.</param>
public sealed record OrderSettlement(OrderStatus Status, Money Total, DateTimeOffset PlacedAt, DateTimeOffset SettledAt, string? RejectionReason)
{
    /// <summary>The settlement of <paramref name="settled"/> as the deciding write left it (its last update is the decision).</summary>
    public static OrderSettlement Of(Order settled)
    {
        ArgumentNullException.ThrowIfNull(settled);
        return new OrderSettlement(settled.Status, settled.Total, settled.CreatedAt, settled.UpdatedAt, settled.RejectionReason);
    }

    /// <summary>Placement to decision; never negative (two functions' clocks may differ by a few milliseconds).</summary>
    public TimeSpan ValidationTime => SettledAt > PlacedAt ? SettledAt - PlacedAt : TimeSpan.Zero;

    public bool Confirmed => Status == OrderStatus.Confirmed;
}

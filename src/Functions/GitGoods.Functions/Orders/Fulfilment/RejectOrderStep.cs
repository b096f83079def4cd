using GitGoods.Domain.Orders;

namespace GitGoods.Orders.Fulfilment;

/// <summary>
/// Ends a PENDING order as REJECTED with the reason the workflow passes (OUT_OF_STOCK, PAYMENT_DECLINED, PAYMENT_ERROR), in one
/// conditional write, before any clean-up: REJECTED, NOT_PENDING (already rejected or cancelled), or ALREADY_CONFIRMED (a duplicate
/// delivery confirmed it first — then nothing may be voided or released). Only the delivery that rejected it reports the
/// <see cref="OrderSettlement"/>, so a rejection is counted once.
/// </summary>
public sealed class RejectOrderStep(IOrderStore orders, TimeProvider time) : IOrderStep
{
    public async Task<OrderStepResult> RunAsync(OrderStepInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!RejectionReason.IsKnown(input.Reason))
        {
            throw new ArgumentException($"Unknown rejection reason '{input.Reason}'.", nameof(input));
        }

        var rejected = false;
        var order = await OrderTransitions.ApplyAsync(orders, input.OrderId, order =>
        {
            rejected = order.Status == OrderStatus.Pending;
            return rejected ? order.MoveTo(OrderStatus.Rejected, time.GetUtcNow(), input.Reason) : order;
        }, cancellationToken) ?? throw new KeyNotFoundException($"No order {input.OrderId}.");
        return new OrderStepResult(rejected ? StepOutcomes.Rejected
            : OrderSteps.IsConfirmed(order) ? StepOutcomes.AlreadyConfirmed
            : StepOutcomes.NotPending) { Settlement = rejected ? OrderSettlement.Of(order) : null };
    }
}

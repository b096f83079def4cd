using GitGoods.Domain.Cart;
using GitGoods.Domain.Orders;
using GitGoods.Domain.Privacy;

namespace GitGoods.Orders.Fulfilment;

/// <summary>
/// Confirms a PENDING order that holds its stock and payment, takes its lines out of the shopper's cart when it was ordered
/// from there, and answers with the confirmation text for the SMS (and e-mail) tasks. A second delivery finds it
/// ALREADY_CONFIRMED and sends nothing again; a cancelled order answers NOT_PENDING and is compensated. Only the delivery that
/// confirmed it reports the <see cref="OrderSettlement"/>, so the order is counted (and its revenue added) once.
/// </summary>
public sealed class ConfirmOrderStep(IOrderStore orders, ICartStore carts, IPersonalDataProtector protector, TimeProvider time) : IOrderStep
{
    public async Task<OrderStepResult> RunAsync(OrderStepInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrEmpty(input.AuthorizationId))
        {
            throw new ArgumentException("ConfirmOrder needs the payment authorisation.", nameof(input));
        }

        // One conditional write, no read first: PENDING and holding stock → CONFIRMED with the authorisation.
        var (confirmedNow, confirmed) = await orders.ConfirmAsync(input.OrderId, input.AuthorizationId, time.GetUtcNow(), cancellationToken);
        if (confirmed is null)
        {
            throw new KeyNotFoundException($"No order {input.OrderId}.");
        }

        var outcome = confirmedNow ? StepOutcomes.Confirmed
            : confirmed.Status is OrderStatus.Confirmed or OrderStatus.Shipped or OrderStatus.Delivered ? StepOutcomes.AlreadyConfirmed
            : StepOutcomes.NotPending;
        if (string.Equals(outcome, StepOutcomes.NotPending, StringComparison.Ordinal))
        {
            return new OrderStepResult(outcome);
        }

        if (confirmed.FromCart)
        {
            var owner = CartOwner.User(confirmed.CustomerId);
            foreach (var line in confirmed.Lines)
            {
                await carts.SetLineAsync(owner, line.ProductId, 0, time.GetUtcNow(), cancellationToken);
            }
        }

        if (!string.Equals(outcome, StepOutcomes.Confirmed, StringComparison.Ordinal))
        {
            return new OrderStepResult(outcome);
        }

        var shipping = (await OrderPersonalData.OpenAsync(protector, confirmed, cancellationToken)).Shipping;
        return new OrderStepResult(outcome, ConfirmationMessage.For(confirmed, shipping)) { Settlement = OrderSettlement.Of(confirmed) };
    }
}

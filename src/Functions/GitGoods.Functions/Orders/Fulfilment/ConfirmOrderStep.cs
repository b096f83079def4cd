using GitGoods.Domain.Cart;
using GitGoods.Domain.Orders;
using GitGoods.Domain.Privacy;

namespace GitGoods.Orders.Fulfilment;

/// <summary>
/// Confirms a PENDING order that holds its stock and payment, takes its lines out of the shopper's cart when it was ordered
/// from there, and answers with the confirmation text for the SMS (and e-mail) tasks. A second delivery finds it
/// ALREADY_CONFIRMED and sends nothing again; a cancelled order answers NOT_PENDING and is compensated.
/// </summary>
public sealed class ConfirmOrderStep(IOrderStore orders, ICartStore carts, IPersonalDataProtector protector, TimeProvider time) : IOrderStep
{
    public async Task<OrderStepResult> RunAsync(OrderStepInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var outcome = StepOutcomes.NotPending;
        var confirmed = await OrderTransitions.ApplyAsync(orders, input.OrderId, order =>
        {
            outcome = order.Status switch
            {
                OrderStatus.Pending when order.StockReserved && order.PaymentAuthorizationId is not null => StepOutcomes.Confirmed,
                OrderStatus.Confirmed or OrderStatus.Shipped or OrderStatus.Delivered => StepOutcomes.AlreadyConfirmed,
                _ => StepOutcomes.NotPending,
            };
            return string.Equals(outcome, StepOutcomes.Confirmed, StringComparison.Ordinal) ? order.MoveTo(OrderStatus.Confirmed, time.GetUtcNow()) : order;
        }, cancellationToken) ?? throw new KeyNotFoundException($"No order {input.OrderId}.");

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
        return new OrderStepResult(outcome, ConfirmationMessage.For(confirmed, shipping));
    }
}

using GitGoods.Domain.Payments;

namespace GitGoods.Orders.Fulfilment;

/// <summary>
/// Compensation: voids the order's authorisation at the provider (VOIDED). Idempotent, and safe when nothing was
/// authorised: the void is recorded, so an authorisation that lands late (after a timeout) is refused.
/// </summary>
public sealed class VoidPaymentStep(IPaymentGateway payments) : IOrderStep
{
    public async Task<OrderStepResult> RunAsync(OrderStepInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await payments.VoidAsync(input.OrderId, cancellationToken);
        return new OrderStepResult(StepOutcomes.Voided);
    }
}

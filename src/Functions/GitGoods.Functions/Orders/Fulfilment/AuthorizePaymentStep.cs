using GitGoods.Domain.Orders;
using GitGoods.Domain.Payments;
using GitGoods.Domain.Privacy;

namespace GitGoods.Orders.Fulfilment;

/// <summary>
/// Authorises the order's total with the payment provider (the order id is the provider's idempotency key, so a retry gets
/// the same authorisation): AUTHORIZED with its id, DECLINED or NOT_PENDING. An unavailable or slow provider throws <see cref="PaymentUnavailableException"/>, which the
/// workflow retries and then compensates (void, release) as PAYMENT_ERROR.
/// </summary>
public sealed class AuthorizePaymentStep(IOrderStore orders, IPaymentGateway payments, IPersonalDataProtector protector) : IOrderStep
{
    public async Task<OrderStepResult> RunAsync(OrderStepInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var order = await OrderSteps.LoadAsync(orders, input, cancellationToken);
        if (OrderSteps.IsConfirmed(order))
        {
            return new OrderStepResult(StepOutcomes.AlreadyConfirmed);
        }

        if (order.Status != OrderStatus.Pending)
        {
            return new OrderStepResult(StepOutcomes.NotPending);
        }

        var personal = await OrderPersonalData.OpenAsync(protector, order, cancellationToken);
        var authorization = await payments.AuthorizeAsync(new PaymentRequest(order.Id, order.Total, personal.PaymentToken), cancellationToken);
        if (authorization.Outcome != PaymentOutcome.Approved)
        {
            return new OrderStepResult(StepOutcomes.Declined);
        }

        // Recorded on the order by ConfirmOrder, in the confirming write: a retry here gets the same authorisation from the provider.
        return new OrderStepResult(StepOutcomes.Authorized) { AuthorizationId = authorization.AuthorizationId };
    }
}

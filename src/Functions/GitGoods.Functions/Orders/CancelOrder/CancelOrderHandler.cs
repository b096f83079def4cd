using GitGoods.Domain.Orders;
using GitGoods.Domain.Payments;
using GitGoods.Domain.Privacy;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Orders.CancelOrder;

/// <summary>
/// POST /api/orders/{id}/cancel: a PENDING or CONFIRMED order becomes CANCELLED; its held stock goes back in the same
/// transaction and its payment is voided (a void before the workflow's authorisation makes that authorisation fail).
/// Cancelling an order already CANCELLED answers 200 again (a safe retry); any other status is a 409. When the payment
/// provider fails transiently, the order stays CANCELLED (it can never be captured: only shipping captures) and the
/// answer is 503 with Retry-After, so the client retries and that retry voids the hold.
/// </summary>
public sealed class CancelOrderHandler(IOrderStore orders, IPaymentGateway payments, IPersonalDataProtector protector, TimeProvider time) : IHttpHandler
{
    /// <summary>Seconds a client should wait before retrying after a 503.</summary>
    public const int RetryAfterSeconds = 5;

    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = OrderAccess.RequireCaller(request);
        var id = OrderAccess.OrderIdFrom(request);
        if (id is null)
        {
            return OrderAccess.NotFound(request);
        }

        Order? cancelled;
        try
        {
            cancelled = await OrderTransitions.ApplyAsync(orders, id, order =>
                !OrderAccess.IsOwnerOrAdmin(caller, order) ? null
                : order.Status == OrderStatus.Cancelled ? order
                : order.MoveTo(OrderStatus.Cancelled, time.GetUtcNow()), cancellationToken);
        }
        catch (OrderStateException e)
        {
            return OrderAccess.Conflict(request, e);
        }

        if (cancelled is null)
        {
            return OrderAccess.NotFound(request);
        }

        try
        {
            await payments.VoidAsync(cancelled.Id, cancellationToken);
        }
        catch (PaymentUnavailableException)
        {
            context.Metrics.AddMetric("PaymentVoidUnavailable", 1);
            return HttpResults.Unavailable(request,
                "The order is cancelled and will not be charged, but releasing the card's hold did not finish. Send the same request again to finish it.",
                RetryAfterSeconds);
        }

        context.Metrics.AddMetric("OrderCancelled", 1);
        var personal = await OrderPersonalData.OpenAsync(protector, cancelled, cancellationToken);
        return HttpResults.Json(request, 200, OrderResponse.From(cancelled, personal.Shipping), FunctionsJsonContext.Default.OrderResponse);
    }
}

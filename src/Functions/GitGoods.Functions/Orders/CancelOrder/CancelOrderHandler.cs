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
/// Cancelling an order already CANCELLED answers 200 again (a safe retry); any other status is a 409.
/// </summary>
public sealed class CancelOrderHandler(IOrderStore orders, IPaymentGateway payments, IPersonalDataProtector protector, TimeProvider time) : IHttpHandler
{
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

        await payments.VoidAsync(cancelled.Id, cancellationToken);
        context.Metrics.AddMetric("OrderCancelled", 1);
        var personal = await OrderPersonalData.OpenAsync(protector, cancelled, cancellationToken);
        return HttpResults.Json(request, 200, OrderResponse.From(cancelled, personal.Shipping), FunctionsJsonContext.Default.OrderResponse);
    }
}

using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Orders.ShipOrder;

/// <summary>
/// POST /api/seller/orders/{id}/ship: a seller with a product in the order (or an admin) ships a CONFIRMED order, which
/// captures its payment. 200 SHIPPED; 404 not theirs; 409 wrong state or the capture was refused for good (detail says
/// why); 503 with Retry-After when the payment provider failed transiently (nothing changed: retry). Sellers never see
/// the shopper's personal data through this API.
/// </summary>
public sealed class ShipOrderHandler(OrderShipment shipment) : IHttpHandler
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

        var result = await shipment.ShipAsync(caller, id, cancellationToken);
        switch (result.Outcome)
        {
            case ShipmentOutcome.Shipped:
                context.Metrics.AddMetric("OrderShipped", 1);
                return HttpResults.Json(request, 200, OrderResponse.From(result.Order!, null), FunctionsJsonContext.Default.OrderResponse);
            case ShipmentOutcome.PaymentUnavailable:
                context.Metrics.AddMetric("PaymentCaptureUnavailable", 1);
                return HttpResults.Unavailable(request, result.Detail!, RetryAfterSeconds);
            case ShipmentOutcome.CaptureRefused:
                context.Metrics.AddMetric("PaymentCaptureRefused", 1);
                return HttpResults.Problem(request, 409, "Conflict", result.Detail!);
            case ShipmentOutcome.WrongState:
                return HttpResults.Problem(request, 409, "Conflict", result.Detail!);
            default:
                return OrderAccess.NotFound(request);
        }
    }
}

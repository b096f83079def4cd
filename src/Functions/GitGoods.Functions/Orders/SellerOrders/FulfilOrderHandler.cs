using GitGoods.Domain.Orders;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Orders.SellerOrders;

/// <summary>
/// POST /api/seller/orders/{id}/ship and /deliver: a seller with a product in the order (or an admin) moves it
/// CONFIRMED → SHIPPED → DELIVERED; 409 from any other status, 404 for an order that is not theirs.
/// Sellers never see the shopper's personal data through this API.
/// </summary>
public sealed class FulfilOrderHandler(IOrderStore orders, OrderStatus target, TimeProvider time) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        var caller = OrderAccess.RequireCaller(request);
        var id = OrderAccess.OrderIdFrom(request);
        if (id is null)
        {
            return OrderAccess.NotFound(request);
        }

        try
        {
            var changed = await OrderTransitions.ApplyAsync(orders, id, order =>
                OrderAccess.CanFulfil(caller, order) ? order.MoveTo(target, time.GetUtcNow()) : null, cancellationToken);
            return changed is null
                ? OrderAccess.NotFound(request)
                : HttpResults.Json(request, 200, OrderResponse.From(changed, null), FunctionsJsonContext.Default.OrderResponse);
        }
        catch (OrderStateException e)
        {
            return OrderAccess.Conflict(request, e);
        }
    }
}

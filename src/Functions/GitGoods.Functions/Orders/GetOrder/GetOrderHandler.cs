using GitGoods.Domain.Orders;
using GitGoods.Domain.Privacy;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Orders.GetOrder;

/// <summary>GET /api/orders/{id}: the caller's own order (admins: any), with its shipping details opened; else 404.</summary>
public sealed class GetOrderHandler(IOrderStore orders, IPersonalDataProtector protector) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        var caller = OrderAccess.RequireCaller(request);
        var id = OrderAccess.OrderIdFrom(request);
        var order = id is null ? null : await orders.FindAsync(id, cancellationToken);
        if (order is null || !OrderAccess.IsOwnerOrAdmin(caller, order))
        {
            return OrderAccess.NotFound(request);
        }

        var personal = await OrderPersonalData.OpenAsync(protector, order, cancellationToken);
        return HttpResults.Json(request, 200, OrderResponse.From(order, personal.Shipping), FunctionsJsonContext.Default.OrderResponse,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["cache-control"] = "private, no-store" });
    }
}

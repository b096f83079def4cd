using GitGoods.Domain.Orders;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Orders.ListOrders;

/// <summary>GET /api/orders: a page of the caller's orders, newest first (without shipping details; read one order for those).</summary>
public sealed class ListOrdersHandler(IOrderStore orders) : IHttpHandler
{
    public Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        var caller = OrderAccess.RequireCaller(request);
        return OrderPages.ListAsync(request, page => orders.ListByCustomerAsync(caller.UserId, page, cancellationToken));
    }
}

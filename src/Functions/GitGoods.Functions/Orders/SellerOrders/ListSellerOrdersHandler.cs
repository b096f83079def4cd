using GitGoods.Domain.Orders;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Orders.SellerOrders;

/// <summary>GET /api/seller/orders: a page of orders holding the caller's products, newest first, without personal data.</summary>
public sealed class ListSellerOrdersHandler(IOrderStore orders) : IHttpHandler
{
    public Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        var caller = OrderAccess.RequireCaller(request);
        return OrderPages.ListAsync(request, page => orders.ListBySellerAsync(caller.UserId, page, cancellationToken));
    }
}

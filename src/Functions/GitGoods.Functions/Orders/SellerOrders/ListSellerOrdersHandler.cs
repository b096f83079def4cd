using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Orders.SellerOrders;

/// <summary>GET /api/seller/orders: a page of orders holding the caller's products, newest first, without personal data.</summary>
public sealed class ListSellerOrdersHandler(IOrderStore orders) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        var caller = OrderAccess.RequireCaller(request);
        if (!PagingQuery.TryRead(request, out var page, out var problem))
        {
            return problem;
        }

        try
        {
            return OrderPages.Ok(request, await orders.ListBySellerAsync(caller.UserId, page, cancellationToken));
        }
        catch (InvalidCursorException e)
        {
            return PagingQuery.InvalidCursor(request, e);
        }
    }
}

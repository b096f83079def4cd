using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Orders.ListOrders;

/// <summary>GET /api/orders: a page of the caller's orders, newest first (without shipping details; read one order for those).</summary>
public sealed class ListOrdersHandler(IOrderStore orders) : IHttpHandler
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
            return OrderPages.Ok(request, await orders.ListByCustomerAsync(caller.UserId, page, cancellationToken));
        }
        catch (InvalidCursorException e)
        {
            return PagingQuery.InvalidCursor(request, e);
        }
    }
}

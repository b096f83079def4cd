using GitGoods.Domain.Orders;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Orders.AdminOrders;

/// <summary>GET /api/admin/orders?status=: a page of every order (or those in one status), newest first.</summary>
public sealed class ListAllOrdersHandler(IOrderStore orders) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        OrderStatus? status = null;
        var text = request.Query("status");
        if (text is not null)
        {
            if (!OrderStatusRules.TryParse(text, out var parsed))
            {
                var names = string.Join(", ", Enum.GetValues<OrderStatus>().Select(OrderStatusRules.Name));
                return HttpResults.BadRequest(request, $"status must be one of {names}.", FieldErrors.One("status", $"One of {names}."));
            }

            status = parsed;
        }

        return await OrderPages.ListAsync(request, page => orders.ListAllAsync(status, page, cancellationToken));
    }
}

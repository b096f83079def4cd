using GitGoods.Domain.Orders;
using GitGoods.Hosting.Http;
using GitGoods.Http;
using GitGoods.Identity;

namespace GitGoods.Orders;

/// <summary>
/// Who may see and change an order. Another user's order is a 404, never a 403, so order ids cannot be probed.
/// Only the owner and admins ever see the order's personal data.
/// </summary>
public static class OrderAccess
{
    public static bool IsOwnerOrAdmin(Caller caller, Order order) =>
        caller.IsAdmin || string.Equals(caller.UserId, order.CustomerId, StringComparison.Ordinal);

    /// <summary>Admins, and sellers with at least one product in the order.</summary>
    public static bool CanFulfil(Caller caller, Order order) =>
        caller.IsAdmin || (caller.IsSeller && order.SellerIds.Contains(caller.UserId, StringComparer.Ordinal));

    public static Caller RequireCaller(ApiGatewayHttpRequest request) =>
        Caller.From(request) ?? throw new InvalidOperationException("AccessGuard lets no anonymous caller reach this handler.");

    /// <summary>The order id from the path, or null when it cannot be an order id (answered as 404 without a read).</summary>
    public static string? OrderIdFrom(ApiGatewayHttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = request.PathParameter("id");
        return OrderIds.IsWellFormed(id) ? id : null;
    }

    public static ApiGatewayHttpResponse NotFound(ApiGatewayHttpRequest request) => HttpResults.NotFound(request, "No such order.");

    public static ApiGatewayHttpResponse Conflict(ApiGatewayHttpRequest request, OrderStateException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return HttpResults.Problem(request, 409, "Conflict", e.Message);
    }
}

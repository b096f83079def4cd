using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Cart.ClearCart;

/// <summary>DELETE /api/cart: the caller's cart is gone (204, also when there was none).</summary>
public sealed class ClearCartHandler(CartPricing carts) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = CartCaller.From(request);
        if (caller.MalformedCartId)
        {
            return CartResults.MalformedCartId(request);
        }

        if (caller.Owner is not null)
        {
            await carts.Store.DeleteAsync(caller.Owner, cancellationToken).ConfigureAwait(false);
        }

        return new ApiGatewayHttpResponse
        {
            StatusCode = 204,
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["x-request-id"] = request.RequestContext.RequestId },
        };
    }
}

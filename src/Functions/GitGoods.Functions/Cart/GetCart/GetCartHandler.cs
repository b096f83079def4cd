using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Cart.GetCart;

/// <summary>GET /api/cart: the caller's cart priced now; an empty cart when there is none (or it expired).</summary>
public sealed class GetCartHandler(CartPricing carts) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        var caller = CartCaller.From(request);
        if (caller.MalformedCartId)
        {
            return CartResults.MalformedCartId(request);
        }

        return CartResults.Ok(request, await carts.ReadAsync(caller.Owner, cancellationToken).ConfigureAwait(false));
    }
}

using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Cart.RemoveCartItem;

/// <summary>DELETE /api/cart/items/{productId}: removes the line (a line that is not there is already removed).</summary>
public sealed class RemoveCartItemHandler(CartPricing carts) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = CartCaller.From(request);
        if (caller.MalformedCartId)
        {
            return CartResults.MalformedCartId(request);
        }

        var productId = request.PathParameter("productId") ?? "";
        if (caller.Owner is null || string.IsNullOrWhiteSpace(productId))
        {
            return CartResults.Ok(request, await carts.ReadAsync(caller.Owner, cancellationToken).ConfigureAwait(false));
        }

        var stored = await carts.Store.SetLineAsync(caller.Owner, productId, 0, carts.Now, cancellationToken).ConfigureAwait(false);
        return CartResults.Ok(request, await carts.PriceAsync(stored, cancellationToken).ConfigureAwait(false));
    }
}

using GitGoods.Domain.Cart;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;
using GitGoods.Identity;

namespace GitGoods.Cart.MergeCart;

/// <summary>
/// POST /api/cart/merge: adds the anonymous cart (<c>X-Cart-Id</c>) to the signed-in user's, quantities summed and
/// capped by stock and 99, and deletes the anonymous cart in the same transaction. A retry finds the anonymous cart
/// gone and answers with the user's cart unchanged, so merging is idempotent.
/// </summary>
public sealed class MergeCartHandler(CartPricing carts) : IHttpHandler
{
    private const int Attempts = 3;

    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        var user = Caller.From(request) ?? throw new InvalidOperationException("AccessGuard lets no anonymous caller reach this handler.");
        var anonymous = CartCaller.AnonymousFrom(request);
        if (anonymous.Owner is null)
        {
            return anonymous.MalformedCartId
                ? CartResults.MalformedCartId(request)
                : HttpResults.BadRequest(request, $"Send the anonymous cart's id in the {CartCaller.CartIdHeader} header.",
                    FieldErrors.One(CartCaller.CartIdHeader, "Required."));
        }

        var owner = CartOwner.User(user.UserId);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var now = carts.Now;
            var target = await carts.Store.FindAsync(owner, now, cancellationToken).ConfigureAwait(false);
            var from = await carts.Store.FindAsync(anonymous.Owner, now, cancellationToken).ConfigureAwait(false);
            var into = target ?? ShoppingCart.Empty(owner, now);
            if (from is null || from.Lines.Count == 0)
            {
                await carts.Store.DeleteAsync(anonymous.Owner, cancellationToken).ConfigureAwait(false);
                return CartResults.Ok(request, await carts.PriceAsync(into, cancellationToken).ConfigureAwait(false));
            }

            var products = await carts.Products.FindManyAsync([.. from.Lines.Select(l => l.ProductId)], cancellationToken).ConfigureAwait(false);
            var merged = into.Merge(from, id => products.TryGetValue(id, out var p) && p.IsActive ? p.Stock : 0, now);
            if (await carts.Store.MergeAsync(merged, from, target is not null, cancellationToken).ConfigureAwait(false))
            {
                return CartResults.Ok(request, await carts.PriceAsync(merged, cancellationToken).ConfigureAwait(false));
            }
        }

        return HttpResults.Problem(request, 409, "Conflict", "The carts changed while merging; try again.");
    }
}

using GitGoods.Domain.Cart;
using GitGoods.Hosting.Http;
using GitGoods.Http;

namespace GitGoods.Cart;

/// <summary>The responses every cart endpoint shares.</summary>
public static class CartResults
{
    /// <summary>200 Cart; an anonymous cart's id is also in the <c>X-Cart-Id</c> header. Carts are private: never cached.</summary>
    public static ApiGatewayHttpResponse Ok(ApiGatewayHttpRequest request, PricedCart cart)
    {
        ArgumentNullException.ThrowIfNull(cart);
        var owner = cart.Cart.Owner;
        var id = owner.Id.Length == 0 ? null : owner.Id;
        var headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["cache-control"] = "private, no-store" };
        if (!owner.IsSignedIn && id is not null)
        {
            headers[CartCaller.CartIdHeader] = id;
        }

        return HttpResults.Json(request, 200, CartResponse.From(id, cart), FunctionsJsonContext.Default.CartResponse, headers);
    }

    public static ApiGatewayHttpResponse MalformedCartId(ApiGatewayHttpRequest request) =>
        HttpResults.BadRequest(request, $"The {CartCaller.CartIdHeader} header is not a cart id this API issued.",
            FieldErrors.One(CartCaller.CartIdHeader, "Malformed cart id."));
}

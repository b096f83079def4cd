using System.Globalization;
using GitGoods.Domain.Cart;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Cart.SetCartItem;

/// <summary>
/// PUT /api/cart/items/{productId}: sets one line's quantity (0 removes it). An anonymous caller without a cart
/// gets a new, unguessable cart id. Stock and status are today's, read from the catalogue.
/// </summary>
public sealed class SetCartItemHandler(CartPricing carts) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = CartCaller.From(request);
        if (caller.MalformedCartId)
        {
            return CartResults.MalformedCartId(request);
        }

        if (!RequestBody.TryRead(request, out var bytes, out var problem))
        {
            return problem;
        }

        var body = SetCartItemRequest.Parse(bytes);
        if (body is null)
        {
            return HttpResults.BadRequest(request, "The body must be a JSON object such as {\"quantity\": 1}, with an integer quantity.");
        }

        if (body.Quantity is not { } quantity)
        {
            return Invalid(request, "quantity is required.");
        }

        var productId = request.PathParameter("productId") ?? "";
        var products = string.IsNullOrWhiteSpace(productId) ? null
            : await carts.Products.FindManyAsync([productId], cancellationToken).ConfigureAwait(false);
        if (products is null || !products.TryGetValue(productId, out var product) || !product.IsActive)
        {
            return HttpResults.NotFound(request, $"No product on sale has the id '{productId}'.");
        }

        var owner = caller.Owner ?? CartOwner.Anonymous(CartId.New());
        var now = carts.Now;
        var current = await carts.Store.FindAsync(owner, now, cancellationToken).ConfigureAwait(false) ?? ShoppingCart.Empty(owner, now);
        switch (current.SetQuantity(productId, quantity, product.Stock, now))
        {
            case CartChange.InvalidQuantity:
                return Invalid(request, $"quantity must be between 0 and {ShoppingCart.MaxQuantity}.");
            case CartChange.ExceedsStock exceeds:
                return HttpResults.Problem(request, 409, "Conflict", string.Create(CultureInfo.InvariantCulture,
                    $"Only {exceeds.Available} units of '{product.Title}' are available."));
            default:
                var stored = await carts.Store.SetLineAsync(owner, productId, quantity, now, cancellationToken).ConfigureAwait(false);
                return CartResults.Ok(request, await carts.PriceAsync(stored, cancellationToken).ConfigureAwait(false));
        }
    }

    private static ApiGatewayHttpResponse Invalid(ApiGatewayHttpRequest request, string message) =>
        HttpResults.Problem(request, 422, "Unprocessable Entity", "The cart line is not valid.", FieldErrors.One("quantity", message));
}

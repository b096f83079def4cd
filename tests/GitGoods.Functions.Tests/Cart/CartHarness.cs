using System.Text.Json.Nodes;
using GitGoods.Cart;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Hosting.Http;

namespace GitGoods.Functions.Tests.Cart;

/// <summary>Cart handlers over in-memory fakes, and requests shaped as the gateway sends them.</summary>
internal sealed class CartHarness
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public CartHarness(params Product[] products)
    {
        Products = new InMemoryCartProducts(products);
        Carts = new CartPricing(Store, Products, Time);
    }

    public InMemoryCartStore Store { get; } = new();

    public InMemoryCartProducts Products { get; }

    public FixedTime Time { get; } = new(Start);

    public CartPricing Carts { get; }

    public static Product Game(string id, int stock = 5, long price = 4999, ProductStatus status = ProductStatus.Active) =>
        Product.Create(id, "Game " + id, "PC", "A game.", new Money(price, "SGD"), stock, ["https://img.example/" + id + ".png"], "s-1", status, Start, Start);

    public static ApiGatewayHttpRequest Request(string method, string path, string? productId = null, string? body = null, string? cartId = null)
    {
        var request = Requests.Get(path, pathParameters: productId is null ? null : new() { ["productId"] = productId });
        request.RouteKey = method + " " + path;
        request.RequestContext.Http.Method = method;
        request.Body = body;
        request.Headers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (cartId is not null)
        {
            request.Headers["x-cart-id"] = cartId;
        }

        return request;
    }

    public static JsonObject Body(ApiGatewayHttpResponse response) => JsonNode.Parse(response.Body!)!.AsObject();
}

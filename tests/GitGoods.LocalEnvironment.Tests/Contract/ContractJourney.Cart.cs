using GitGoods.LocalEnvironment.Tests.Identity;
using System.Text.Json.Nodes;

namespace GitGoods.LocalEnvironment.Tests.Contract;

internal sealed partial class ContractJourney
{
    private const string Pocket = "pocket-harvest-switch";

    private string? _anonymousCart;

    /// <summary>An anonymous cart: minted on the first write (X-Cart-Id), 422, 404, 409, 400, 413, a bad token 401 as problem details.</summary>
    private async Task AnonymousCartAsync(string lowStock)
    {
        await Expect(200, HttpMethod.Get, "/api/cart");
        var (cart, headers) = await Expect(200, HttpMethod.Put, "/api/cart/items/" + Pocket, body: Quantity(2));
        _anonymousCart = cart!["id"]!.GetValue<string>();
        headers.GetValues("X-Cart-Id").Should().Equal(_anonymousCart);
        var mine = Header("X-Cart-Id", _anonymousCart);
        await Expect(200, HttpMethod.Put, "/api/cart/items/" + lowStock, body: Quantity(1), headers: mine);
        await Expect(200, HttpMethod.Get, "/api/cart", headers: mine);
        await Expect(422, HttpMethod.Put, "/api/cart/items/" + Pocket, body: Quantity(100), headers: mine);
        await Expect(409, HttpMethod.Put, "/api/cart/items/" + lowStock, body: Quantity(4), headers: mine);
        await Expect(404, HttpMethod.Put, "/api/cart/items/no-such-game", body: Quantity(1), headers: mine);
        await Expect(404, HttpMethod.Put, "/api/cart/items/" + TooLong(129), body: Quantity(1), headers: mine);
        await Expect(400, HttpMethod.Put, "/api/cart/items/" + Pocket, body: "{\"quantity\":\"two\"}", headers: mine);
        await Expect(413, HttpMethod.Put, "/api/cart/items/" + Pocket, body: Json(new JsonObject { ["quantity"] = 1, ["padding"] = TooLong(70_000) }), headers: mine);
        await Expect(400, HttpMethod.Get, "/api/cart", headers: Header("X-Cart-Id", "not-a-cart-id"));
        await Expect(400, HttpMethod.Delete, "/api/cart", headers: Header("X-Cart-Id", TooLong(5000)));
        await Expect(401, HttpMethod.Get, "/api/cart", principals.AuthorizationFor(Principal.ForeignKeyToken));
        await Expect(401, HttpMethod.Put, "/api/cart/items/" + Pocket, "Bearer " + TooLong(9000), Quantity(1));
        await Expect(200, HttpMethod.Delete, "/api/cart/items/" + lowStock, headers: mine);
        await Expect(404, HttpMethod.Delete, "/api/cart/items/" + TooLong(300), headers: mine);
    }

    /// <summary>The signed-in cart: lines, a merge of the anonymous cart (200; 400 without X-Cart-Id; 401 anonymous), cleared (204).</summary>
    private async Task SignedInCartAsync()
    {
        await Expect(200, HttpMethod.Get, "/api/cart", _shopper);
        await Expect(200, HttpMethod.Put, "/api/cart/items/" + Pocket, _shopper, Quantity(1));
        await Expect(200, HttpMethod.Post, "/api/cart/merge", _shopper, headers: Header("X-Cart-Id", _anonymousCart!));
        await Expect(400, HttpMethod.Post, "/api/cart/merge", _shopper);
        await Expect(400, HttpMethod.Post, "/api/cart/merge", _shopper, headers: Header("X-Cart-Id", "short"));
        await Expect(401, HttpMethod.Post, "/api/cart/merge", headers: Header("X-Cart-Id", _anonymousCart!));
        await Expect(204, HttpMethod.Delete, "/api/cart", _shopper);
        await Expect(204, HttpMethod.Delete, "/api/cart", headers: Header("X-Cart-Id", _anonymousCart!));
        await Expect(200, HttpMethod.Delete, "/api/cart/items/" + Pocket, _shopper);
    }

    private static string Quantity(int quantity) => Json(new JsonObject { ["quantity"] = quantity });
}

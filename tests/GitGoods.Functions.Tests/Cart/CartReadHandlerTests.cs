using GitGoods.Cart.ClearCart;
using GitGoods.Cart.GetCart;
using GitGoods.Cart.RemoveCartItem;
using GitGoods.Domain.Cart;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;
using GitGoods.Functions.Tests.Fakes;
using static GitGoods.Functions.Tests.Cart.CartHarness;

namespace GitGoods.Functions.Tests.Cart;

public class CartReadHandlerTests
{
    private static readonly string CartId = Domain.Cart.CartId.New();

    [Fact]
    public async Task Get_WithoutCart_IsAnEmptyCartWithNullId()
    {
        var response = await new GetCartHandler(new CartHarness().Carts).HandleAsync(Request("GET", "/api/cart"), Requests.Context, default);

        response.StatusCode.Should().Be(200);
        response.Body.Should().Contain("\"id\":null").And.Contain("\"items\":[]").And.Contain("\"itemCount\":0");
    }

    [Fact]
    public async Task Get_RereadsPricesFromTheCatalogue()
    {
        var harness = new CartHarness(Game("p-1", price: 1000));
        harness.Store.Carts[CartOwner.Anonymous(CartId)] = ShoppingCart.Restore(CartOwner.Anonymous(CartId), [new CartLine("p-1", 2)], Start);
        harness.Products.Products["p-1"] = Game("p-1", price: 1500);

        var body = Body(await new GetCartHandler(harness.Carts).HandleAsync(Request("GET", "/api/cart", cartId: CartId), Requests.Context, default));

        body["items"]![0]!["unitPrice"]!["amount"]!.GetValue<long>().Should().Be(1500);
        body["subtotal"]!["amount"]!.GetValue<long>().Should().Be(3000);
    }

    [Fact]
    public async Task Get_ExpiredCart_IsEmpty()
    {
        var harness = new CartHarness(Game("p-1"));
        harness.Store.Carts[CartOwner.Anonymous(CartId)] = ShoppingCart.Restore(CartOwner.Anonymous(CartId), [new CartLine("p-1", 2)], Start);
        harness.Time.Now = Start + CartOwner.AnonymousLifetime;

        var body = Body(await new GetCartHandler(harness.Carts).HandleAsync(Request("GET", "/api/cart", cartId: CartId), Requests.Context, default));

        body["items"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Remove_DropsTheLine()
    {
        var harness = new CartHarness(Game("p-1"), Game("p-2"));
        harness.Store.Carts[CartOwner.Anonymous(CartId)] =
            ShoppingCart.Restore(CartOwner.Anonymous(CartId), [new CartLine("p-1", 1), new CartLine("p-2", 1)], Start);

        var response = await new RemoveCartItemHandler(harness.Carts).HandleAsync(
            Request("DELETE", "/api/cart/items/p-1", "p-1", cartId: CartId), Requests.Context, default);

        Body(response)["items"]!.AsArray().Should().ContainSingle().Which!["productId"]!.GetValue<string>().Should().Be("p-2");
    }

    [Fact]
    public async Task Clear_Is204AndTheCartIsGone()
    {
        var harness = new CartHarness(Game("p-1"));
        harness.Store.Carts[CartOwner.User("u-1")] = ShoppingCart.Restore(CartOwner.User("u-1"), [new CartLine("p-1", 1)], Start);

        var response = await new ClearCartHandler(harness.Carts).HandleAsync(
            Requests.SignedIn(Request("DELETE", "/api/cart"), "u-1"), Requests.Context, default);

        response.StatusCode.Should().Be(204);
        harness.Store.Carts.Should().BeEmpty();
    }

    [Fact]
    public async Task Get_LeavesOutUnlistedProducts()
    {
        var unlisted = Product.Create("p-1", "Gone", "PC", "", new Money(100, "SGD"), 1, [], "s", ProductStatus.Unlisted, Start, Start);
        var harness = new CartHarness(unlisted);
        harness.Store.Carts[CartOwner.Anonymous(CartId)] = ShoppingCart.Restore(CartOwner.Anonymous(CartId), [new CartLine("p-1", 1)], Start);

        var body = Body(await new GetCartHandler(harness.Carts).HandleAsync(Request("GET", "/api/cart", cartId: CartId), Requests.Context, default));

        body["items"]!.AsArray().Should().BeEmpty();
    }
}

using GitGoods.Cart.SetCartItem;
using GitGoods.Domain.Cart;
using GitGoods.Domain.Catalog;
using GitGoods.Functions.Tests.Fakes;
using static GitGoods.Functions.Tests.Cart.CartHarness;

namespace GitGoods.Functions.Tests.Cart;

public class SetCartItemHandlerTests
{
    [Fact]
    public async Task Anonymous_FirstWrite_MintsAnUnguessableIdInBodyAndHeader()
    {
        var harness = new CartHarness(Game("p-1"));

        var response = await Put(harness, "p-1", """{"quantity": 2}""");

        response.StatusCode.Should().Be(200);
        var body = Body(response);
        var id = body["id"]!.GetValue<string>();
        CartId.IsWellFormed(id).Should().BeTrue();
        response.Headers!["X-Cart-Id"].Should().Be(id);
        body["itemCount"]!.GetValue<int>().Should().Be(2);
        body["subtotal"]!["amount"]!.GetValue<long>().Should().Be(9998);
        body["items"]![0]!["available"]!.GetValue<int>().Should().Be(5);
        harness.Store.Carts.Should().ContainKey(CartOwner.Anonymous(id));
    }

    [Fact]
    public async Task SignedIn_WritesTheUsersCartAndSendsNoCartIdHeader()
    {
        var harness = new CartHarness(Game("p-1"));
        var request = Requests.SignedIn(Request("PUT", "/api/cart/items/p-1", "p-1", """{"quantity": 1}"""), "u-1");

        var response = await new SetCartItemHandler(harness.Carts).HandleAsync(request, Requests.Context, default);

        response.StatusCode.Should().Be(200);
        Body(response)["id"]!.GetValue<string>().Should().Be("u-1");
        response.Headers!.Should().NotContainKey("X-Cart-Id");
        harness.Store.Carts.Should().ContainKey(CartOwner.User("u-1"));
    }

    [Fact]
    public async Task MoreThanStock_Is409NamingTheUnitsAvailable()
    {
        var response = await Put(new CartHarness(Game("p-1", stock: 3)), "p-1", """{"quantity": 4}""");

        response.StatusCode.Should().Be(409);
        Body(response)["detail"]!.GetValue<string>().Should().Contain("Only 3 units");
    }

    [Theory]
    [InlineData("""{"quantity": 100}""")]
    [InlineData("""{"quantity": -1}""")]
    [InlineData("""{}""")]
    [InlineData("""{"quantity": 99999999999}""")]
    public async Task QuantityOutOfRange_Is422ListingQuantity(string json)
    {
        var response = await Put(new CartHarness(Game("p-1", stock: 500)), "p-1", json);

        response.StatusCode.Should().Be(422);
        Body(response)["errors"]!["quantity"].Should().NotBeNull();
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"quantity": "2"}""")]
    [InlineData("""{"quantity": 1.5}""")]
    [InlineData("""[1]""")]
    [InlineData(null)]
    public async Task MalformedBody_Is400(string? json)
    {
        (await Put(new CartHarness(Game("p-1")), "p-1", json)).StatusCode.Should().Be(400);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("unlisted")]
    public async Task UnknownOrUnlistedProduct_Is404(string productId)
    {
        var harness = new CartHarness(Game("unlisted", status: ProductStatus.Unlisted));

        (await Put(harness, productId, """{"quantity": 1}""")).StatusCode.Should().Be(404);
    }

    [Fact]
    public async Task BodyOver64KiB_Is413()
    {
        var json = "{\"quantity\": 1, \"pad\": \"" + new string('x', 64 * 1024) + "\"}";

        (await Put(new CartHarness(Game("p-1")), "p-1", json)).StatusCode.Should().Be(413);
    }

    [Fact]
    public async Task MalformedCartId_Is400()
    {
        (await Put(new CartHarness(Game("p-1")), "p-1", """{"quantity": 1}""", "not-a-cart-id")).StatusCode.Should().Be(400);
    }

    [Fact]
    public async Task ZeroQuantity_RemovesTheLine()
    {
        var harness = new CartHarness(Game("p-1"), Game("p-2"));
        var id = Body(await Put(harness, "p-1", """{"quantity": 1}"""))["id"]!.GetValue<string>();
        await Put(harness, "p-2", """{"quantity": 1}""", id);

        var response = await Put(harness, "p-1", """{"quantity": 0}""", id);

        Body(response)["items"]!.AsArray().Select(i => i!["productId"]!.GetValue<string>()).Should().Equal("p-2");
    }

    private static Task<Hosting.Http.ApiGatewayHttpResponse> Put(CartHarness harness, string productId, string? json, string? cartId = null) =>
        new SetCartItemHandler(harness.Carts).HandleAsync(Request("PUT", "/api/cart/items/" + productId, productId, json, cartId), Requests.Context, default);
}

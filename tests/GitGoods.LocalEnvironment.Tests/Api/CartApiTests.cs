using System.Globalization;
using GitGoods.Domain.Cart;

namespace GitGoods.LocalEnvironment.Tests.Api;

/// <summary>
/// The cart contract over real HTTP: the local gateway, the functions, DynamoDB Local and real tokens from the
/// local identity provider. The stack has a table of its own, and each test adds the products it needs.
/// </summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class CartApiTests(LocalEnvironmentFixture fixture)
{
    [Fact]
    public async Task Anonymous_FirstPut_MintsACartId_ThenGetReadsTheCartBack()
    {
        var carts = await CartsAsync();
        var product = await carts.AddProductAsync(stock: 5, price: 2500);

        var (status, body, response) = await carts.PutAsync(product, 2);

        status.Should().Be(200);
        var id = body!["id"]!.GetValue<string>();
        CartId.IsWellFormed(id).Should().BeTrue();
        response.Headers.GetValues("X-Cart-Id").Should().Equal(id);
        var (_, cart, _) = await carts.SendAsync(HttpMethod.Get, "/api/cart", id);
        cart!["id"]!.GetValue<string>().Should().Be(id);
        cart["itemCount"]!.GetValue<int>().Should().Be(2);
        cart["subtotal"]!.ToJsonString().Should().Be("""{"amount":5000,"currency":"SGD"}""");
        var line = cart["items"]![0]!;
        line["lineTotal"]!["amount"]!.GetValue<long>().Should().Be(5000);
        line["available"]!.GetValue<int>().Should().Be(5);
        DateTimeOffset.Parse(cart["expiresAt"]!.GetValue<string>(), CultureInfo.InvariantCulture)
            .Should().BeCloseTo(DateTimeOffset.UtcNow.AddDays(7), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Get_WithoutCart_IsAnEmptyCart()
    {
        var carts = await CartsAsync();

        var (status, body, _) = await carts.SendAsync(HttpMethod.Get, "/api/cart");

        status.Should().Be(200);
        body!["items"]!.AsArray().Should().BeEmpty();
        body["itemCount"]!.GetValue<int>().Should().Be(0);
    }

    [Fact]
    public async Task Put_ErrorsAnswerWithTheContractsStatuses()
    {
        var carts = await CartsAsync();
        var product = await carts.AddProductAsync(stock: 3);

        var (tooMany, problem, response) = await carts.PutAsync(product, 4);
        tooMany.Should().Be(409);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        problem!["detail"]!.GetValue<string>().Should().Contain("3 units");

        (await carts.PutAsync(product, 100)).Body!["errors"]!["quantity"].Should().NotBeNull();
        (await carts.PutAsync(product, 100)).Status.Should().Be(422);
        (await carts.PutAsync("no-such-product", 1)).Status.Should().Be(404);
        (await carts.SendAsync(HttpMethod.Put, "/api/cart/items/" + product, json: "{\"quantity\": \"two\"}")).Status.Should().Be(400);
        (await carts.SendAsync(HttpMethod.Put, "/api/cart/items/" + product, json: "{not json")).Status.Should().Be(400);
        (await carts.SendAsync(HttpMethod.Get, "/api/cart", cartId: "../../etc/passwd")).Status.Should().Be(400);
        var (tooLarge, large, _) = await carts.SendAsync(HttpMethod.Put, "/api/cart/items/" + product,
            json: "{\"quantity\": 1, \"pad\": \"" + new string('x', 70_000) + "\"}");
        tooLarge.Should().Be(413);
        large!["status"]!.GetValue<int>().Should().Be(413);
    }

    [Fact]
    public async Task BadToken_Is401ProblemFromTheFunction_ValidTokenUsesTheUsersCart()
    {
        var carts = await CartsAsync();
        var product = await carts.AddProductAsync(stock: 5);
        var tokens = await (await fixture.CartStackAsync()).Identity.SignInAsync("shopper@gitgoods.local");

        var (bad, problem, _) = await carts.SendAsync(HttpMethod.Get, "/api/cart", token: tokens.IdToken[..^3] + "xyz");
        var (put, cart, response) = await carts.PutAsync(product, 1, token: tokens.AccessToken);

        bad.Should().Be(401);
        problem!["status"]!.GetValue<int>().Should().Be(401);
        put.Should().Be(200);
        response.Headers.Contains("X-Cart-Id").Should().BeFalse();
        CartStack.QuantityOf((await carts.SendAsync(HttpMethod.Get, "/api/cart", token: tokens.IdToken)).Body!, product).Should().Be(1);
        await carts.SendAsync(HttpMethod.Delete, "/api/cart", token: tokens.IdToken);
    }

    [Fact]
    public async Task RemoveLine_AndClearCart()
    {
        var carts = await CartsAsync();
        var first = await carts.AddProductAsync(stock: 5);
        var second = await carts.AddProductAsync(stock: 5);
        var id = (await carts.PutAsync(first, 1)).Body!["id"]!.GetValue<string>();
        await carts.PutAsync(second, 2, id);

        var (removed, cart, _) = await carts.SendAsync(HttpMethod.Delete, "/api/cart/items/" + first, id);
        var (cleared, empty, _) = await carts.SendAsync(HttpMethod.Delete, "/api/cart", id);

        removed.Should().Be(200);
        cart!["items"]!.AsArray().Select(i => i!["productId"]!.GetValue<string>()).Should().Equal(second);
        cleared.Should().Be(204);
        empty.Should().BeNull();
        (await carts.SendAsync(HttpMethod.Get, "/api/cart", id)).Body!["items"]!.AsArray().Should().BeEmpty();
    }

    private async Task<CartStack> CartsAsync() => new(await fixture.CartStackAsync());
}

using GitGoods.Cart.MergeCart;
using GitGoods.Domain.Cart;
using GitGoods.Functions.Tests.Fakes;
using static GitGoods.Functions.Tests.Cart.CartHarness;

namespace GitGoods.Functions.Tests.Cart;

public class MergeCartHandlerTests
{
    private static readonly string AnonymousId = CartId.New();
    private static readonly CartOwner Anonymous = CartOwner.Anonymous(AnonymousId);
    private static readonly CartOwner User = CartOwner.User("u-1");

    [Fact]
    public async Task Merge_SumsQuantitiesCappedByStock_AndDeletesTheAnonymousCart()
    {
        var harness = new CartHarness(Game("p-1", stock: 4), Game("p-2", stock: 9));
        harness.Store.Carts[User] = ShoppingCart.Restore(User, [new CartLine("p-1", 3)], Start);
        harness.Store.Carts[Anonymous] = ShoppingCart.Restore(Anonymous, [new CartLine("p-1", 2), new CartLine("p-2", 1)], Start);

        var response = await Merge(harness, AnonymousId);

        response.StatusCode.Should().Be(200);
        harness.Store.Carts[User].Lines.Should().BeEquivalentTo([new CartLine("p-1", 4), new CartLine("p-2", 1)]);
        harness.Store.Carts.Should().NotContainKey(Anonymous);
    }

    [Fact]
    public async Task Merge_Retried_LeavesTheUsersCartAsItWas()
    {
        var harness = new CartHarness(Game("p-1", stock: 10));
        harness.Store.Carts[Anonymous] = ShoppingCart.Restore(Anonymous, [new CartLine("p-1", 2)], Start);

        await Merge(harness, AnonymousId);
        var again = await Merge(harness, AnonymousId);

        again.StatusCode.Should().Be(200);
        Body(again)["itemCount"]!.GetValue<int>().Should().Be(2);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("bad id")]
    public async Task Merge_WithoutAWellFormedCartId_Is400(string? cartId)
    {
        (await Merge(new CartHarness(), cartId)).StatusCode.Should().Be(400);
    }

    private static Task<Hosting.Http.ApiGatewayHttpResponse> Merge(CartHarness harness, string? cartId) =>
        new MergeCartHandler(harness.Carts).HandleAsync(Requests.SignedIn(Request("POST", "/api/cart/merge", cartId: cartId), "u-1"), Requests.Context, default);
}

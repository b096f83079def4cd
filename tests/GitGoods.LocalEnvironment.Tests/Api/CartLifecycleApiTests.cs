using System.Globalization;
using Amazon.DynamoDBv2.Model;
using GitGoods.Domain.Cart;

namespace GitGoods.LocalEnvironment.Tests.Api;

/// <summary>The cart over time, over real HTTP: sign in and merge, expiry before TTL, prices changing in the catalogue.</summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class CartLifecycleApiTests(LocalEnvironmentFixture fixture)
{
    [Fact]
    public async Task AnonymousThenSignIn_MergeSumsQuantitiesCappedByStock_AndTheAnonymousCartIsGone()
    {
        var carts = await CartsAsync();
        var scarce = await carts.AddProductAsync(stock: 4);
        var plenty = await carts.AddProductAsync(stock: 50);
        var user = await SignUpAsync();
        await carts.PutAsync(scarce, 3, token: user);
        var anonymous = (await carts.PutAsync(scarce, 3)).Body!["id"]!.GetValue<string>();
        await carts.PutAsync(plenty, 2, anonymous);

        var (status, merged, _) = await carts.SendAsync(HttpMethod.Post, "/api/cart/merge", anonymous, user);
        var (retried, again, _) = await carts.SendAsync(HttpMethod.Post, "/api/cart/merge", anonymous, user);

        status.Should().Be(200);
        CartStack.QuantityOf(merged!, scarce).Should().Be(4, "3 + 3 capped by the 4 in stock");
        CartStack.QuantityOf(merged!, plenty).Should().Be(2);
        retried.Should().Be(200, "merging again is harmless");
        again!["itemCount"]!.GetValue<int>().Should().Be(6);
        (await carts.SendAsync(HttpMethod.Get, "/api/cart", anonymous)).Body!["items"]!.AsArray().Should().BeEmpty();
        (await carts.SendAsync(HttpMethod.Post, "/api/cart/merge", anonymous)).Status.Should().Be(401, "merge needs a token");
        (await carts.SendAsync(HttpMethod.Post, "/api/cart/merge", "bad", user)).Status.Should().Be(400);
    }

    [Fact]
    public async Task ExpiredCart_IsInvisibleBeforeTtlDeletesIt()
    {
        var carts = await CartsAsync();
        var product = await carts.AddProductAsync(stock: 5);
        var id = CartId.New();
        var past = DateTimeOffset.UtcNow.AddDays(-8);
        await carts.Services.DynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = carts.TableName,
            Item = new(StringComparer.Ordinal)
            {
                ["PK"] = new("CART#ANON#" + id), ["SK"] = new("CART"), ["type"] = new("Cart"),
                ["lines"] = new() { M = new(StringComparer.Ordinal) { [product] = new() { N = "2" } } },
                ["updatedAt"] = new(past.ToString("O", CultureInfo.InvariantCulture)),
                ["expiresAt"] = new(past.AddDays(7).ToString("O", CultureInfo.InvariantCulture)),
                ["expiresAtEpoch"] = new() { N = past.AddDays(7).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) },
            },
        });

        var (_, cart, _) = await carts.SendAsync(HttpMethod.Get, "/api/cart", id);
        var (_, written, _) = await carts.PutAsync(product, 1, id);

        cart!["items"]!.AsArray().Should().BeEmpty();
        CartStack.QuantityOf(written!, product).Should().Be(1, "the expired lines never come back");
    }

    [Fact]
    public async Task Prices_AreReadFromTheCatalogueAtReadTime()
    {
        var carts = await CartsAsync();
        var product = await carts.AddProductAsync(stock: 5, price: 1000);
        var id = (await carts.PutAsync(product, 2)).Body!["id"]!.GetValue<string>();

        await carts.RepriceAsync(product, 1250);
        var (_, cart, _) = await carts.SendAsync(HttpMethod.Get, "/api/cart", id);

        cart!["items"]![0]!["unitPrice"]!["amount"]!.GetValue<long>().Should().Be(1250);
        cart["subtotal"]!["amount"]!.GetValue<long>().Should().Be(2500);
    }

    [Fact]
    public async Task ConcurrentPutsOfDifferentProducts_KeepEveryLine()
    {
        var carts = await CartsAsync();
        var products = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            products.Add(await carts.AddProductAsync(stock: 5));
        }

        var id = (await carts.PutAsync(products[0], 1)).Body!["id"]!.GetValue<string>();
        var answers = await Task.WhenAll(products.Skip(1).Select(p => carts.PutAsync(p, 2, id)));

        answers.Should().OnlyContain(a => a.Status == 200);
        var cart = (await carts.SendAsync(HttpMethod.Get, "/api/cart", id)).Body!;
        cart["items"]!.AsArray().Should().HaveCount(8);
        cart["itemCount"]!.GetValue<int>().Should().Be(15);
    }

    private async Task<CartStack> CartsAsync() => new(await fixture.CartStackAsync());

    private async Task<string> SignUpAsync()
    {
        var identity = (await fixture.CartStackAsync()).Identity;
        var email = "cart-" + Guid.NewGuid().ToString("N")[..8] + "@example.test";
        await identity.SignUpAsync(email, "GitGoods!2026", "Cart Tester");
        return (await identity.SignInAsync(email, "GitGoods!2026")).IdToken;
    }
}

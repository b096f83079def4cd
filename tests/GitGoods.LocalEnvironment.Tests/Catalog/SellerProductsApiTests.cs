using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.TestSupport;

namespace GitGoods.LocalEnvironment.Tests.Catalog;

/// <summary>
/// Contract tests of seller product management over real HTTP, through the local gateway with real demo tokens,
/// on a stack of their own (so the shared stack's catalogue stays as seeded).
/// </summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class SellerProductsApiTests(LocalEnvironmentFixture fixture)
{
    private const string Valid = """{"title":"Dragon Farm","platform":"PC","description":"Grow dragons.","price":{"amount":5999,"currency":"SGD"},"stock":3,"images":["https://img.example/a.png"]}""";

    [Fact]
    public async Task Create_Patch_Delete_TheFullLifecycle_WithETags()
    {
        var stack = await fixture.OwnStackAsync("seller-api");
        var seller = await TokenAsync(stack, "seller@gitgoods.local");

        using var created = await SendAsync(stack, HttpMethod.Post, "/api/seller/products", seller, Valid);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var product = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        var id = product["id"]!.GetValue<string>();
        created.Headers.Location!.ToString().Should().Be("/api/products/" + id);
        product["sellerId"]!.GetValue<string>().Should().Be(DemoUsers.SellerSub);
        var etag = created.Headers.ETag!.Tag;

        using var patched = await SendAsync(stack, HttpMethod.Patch, "/api/seller/products/" + id, seller, """{"stock":0}""", etag);
        patched.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonNode.Parse(await patched.Content.ReadAsStringAsync())!["stock"]!.GetValue<int>().Should().Be(0);

        using var stale = await SendAsync(stack, HttpMethod.Patch, "/api/seller/products/" + id, seller, """{"stock":5}""", etag);
        await ShouldBeProblemAsync(stale, 412);

        using var deleted = await SendAsync(stack, HttpMethod.Delete, "/api/seller/products/" + id, seller, null, patched.Headers.ETag!.Tag);
        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await deleted.Content.ReadAsStringAsync()).Should().BeEmpty();

        using var list = await SendAsync(stack, HttpMethod.Get, "/api/seller/products?limit=100", seller, null);
        JsonNode.Parse(await list.Content.ReadAsStringAsync())!["items"]!.AsArray()
            .Single(i => i!["id"]!.GetValue<string>() == id)!["status"]!.GetValue<string>().Should().Be("UNLISTED");
    }

    [Fact]
    public async Task Errors_AreProblemDetails_422_400_413_404_403_401()
    {
        var stack = await fixture.OwnStackAsync("seller-api");
        var seller = await TokenAsync(stack, "seller@gitgoods.local");
        var shopper = await TokenAsync(stack, "shopper@gitgoods.local");

        using var invalid = await SendAsync(stack, HttpMethod.Post, "/api/seller/products", seller,
            """{"title":"","platform":"PC","price":{"amount":0,"currency":"SGD"},"stock":-1,"images":["http://plain.test/a.png"]}""");
        var errors = (await ShouldBeProblemAsync(invalid, 422))["errors"]!.AsObject().Select(e => e.Key);
        errors.Should().BeEquivalentTo("title", "price.amount", "stock", "images");

        using var malformed = await SendAsync(stack, HttpMethod.Post, "/api/seller/products", seller, """{"title":"x","stock":"many"}""");
        await ShouldBeProblemAsync(malformed, 400);

        using var tooLarge = await SendAsync(stack, HttpMethod.Post, "/api/seller/products", seller,
            """{"title":"x","description":" """ + new string('a', 66_000) + "\"}");
        await ShouldBeProblemAsync(tooLarge, 413);

        using var missing = await SendAsync(stack, HttpMethod.Patch, "/api/seller/products/no-such-product", seller, """{"stock":1}""");
        await ShouldBeProblemAsync(missing, 404);

        using var forbidden = await SendAsync(stack, HttpMethod.Post, "/api/seller/products", shopper, Valid);
        await ShouldBeProblemAsync(forbidden, 403);

        using var anonymous = await SendAsync(stack, HttpMethod.Delete, "/api/seller/products/x", null, null);
        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.Content.ReadAsStringAsync()).Should().Be("""{"message":"Unauthorized"}""");
    }

    [Fact]
    public async Task AnotherSellersProduct_Is404_ButAnAdminMayChangeIt()
    {
        var stack = await fixture.OwnStackAsync("seller-api");
        var seller = await TokenAsync(stack, "seller@gitgoods.local");
        var rivalEmail = $"rival-{Guid.NewGuid():N}@example.test";
        await stack.Identity.SignUpAsync(rivalEmail, DemoUsers.Password, "Rival");
        await stack.Identity.AddToGroupAsync(rivalEmail, GitGoods.Identity.Groups.Sellers);
        var rival = await TokenAsync(stack, rivalEmail);
        var admin = await TokenAsync(stack, "admin@gitgoods.local");
        using var created = await SendAsync(stack, HttpMethod.Post, "/api/seller/products", seller, Valid);
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();

        using var byRival = await SendAsync(stack, HttpMethod.Patch, "/api/seller/products/" + id, rival, """{"stock":1}""");
        using var rivalDelete = await SendAsync(stack, HttpMethod.Delete, "/api/seller/products/" + id, rival, null);
        using var byAdmin = await SendAsync(stack, HttpMethod.Patch, "/api/seller/products/" + id, admin, """{"stock":1}""");

        await ShouldBeProblemAsync(byRival, 404);
        await ShouldBeProblemAsync(rivalDelete, 404);
        byAdmin.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    internal static async Task<string> TokenAsync(LocalEnvironmentHost stack, string email) => (await stack.Identity.SignInAsync(email)).IdToken;

    internal static async Task<HttpResponseMessage> SendAsync(LocalEnvironmentHost stack, HttpMethod method, string path, string? token, string? body,
        string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await stack.Client.SendAsync(request);
    }

    internal static async Task<JsonNode> ShouldBeProblemAsync(HttpResponseMessage response, int status)
    {
        ((int)response.StatusCode).Should().Be(status, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        problem["status"]!.GetValue<int>().Should().Be(status);
        problem["traceId"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        return problem;
    }
}

using System.Text.Json;
using GitGoods.Catalog.CreateProduct;
using GitGoods.Catalog.DeleteProduct;
using GitGoods.Catalog.UpdateProduct;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Platforms;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Hosting.Http;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.Functions.Tests.Catalog;

public class SellerProductHandlersTests
{
    private const string ValidBody = """{"title":" Dragon Farm ","platform":"PC","description":"Grow dragons.","price":{"amount":5999,"currency":"SGD"},"stock":3,"images":["https://img.example/a.png"],"sellerId":"someone-else","id":"mine"}""";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryProductCatalog _catalog = new(Requests.Product("own", sellerId: "seller-1"), Requests.Product("theirs", sellerId: "seller-2"));

    [Fact]
    public async Task Create_WithAValidBody_Returns201WithLocationAndETag_AndTheServerOwnsIdSellerAndTimes()
    {
        var response = await new CreateProductHandler(new InMemoryProductWriter(_catalog), ManagedPlatforms.Default, _time).HandleAsync(
            Send("POST", "/api/seller/products", ValidBody), Requests.Context, default);

        response.StatusCode.Should().Be(201);
        using var body = JsonDocument.Parse(response.Body!);
        var id = body.RootElement.GetProperty("id").GetString();
        id.Should().NotBe("mine");
        response.Headers!["location"].Should().Be("/api/products/" + id);
        response.Headers["etag"].Should().Be("\"1\"");
        body.RootElement.GetProperty("sellerId").GetString().Should().Be("seller-1");
        body.RootElement.GetProperty("title").GetString().Should().Be("Dragon Farm");
        body.RootElement.GetProperty("createdAt").GetDateTime().Should().Be(_time.GetUtcNow().UtcDateTime);
        (await _catalog.FindAsync(id!, default))!.Status.Should().Be(ProductStatus.Active);
    }

    [Fact]
    public async Task Create_WithEveryFieldInvalid_Returns422ListingEachField()
    {
        var bad = """{"title":"","platform":"PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP","price":{"amount":0,"currency":"USD"},"stock":1000001,"images":["http://x.test/a.png"]}""";

        var response = await new CreateProductHandler(new InMemoryProductWriter(_catalog), ManagedPlatforms.Default, _time).HandleAsync(
            Send("POST", "/api/seller/products", bad), Requests.Context, default);

        response.StatusCode.Should().Be(422);
        response.Headers!["content-type"].Should().Be("application/problem+json");
        using var body = JsonDocument.Parse(response.Body!);
        body.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should()
            .BeEquivalentTo("title", "platform", "price.amount", "price.currency", "stock", "images");
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"title":"x","stock":"three"}""")]
    [InlineData("[1,2]")]
    [InlineData("null")]
    public async Task Create_WithMalformedJsonOrWrongTypes_Returns400(string bad)
    {
        var response = await new CreateProductHandler(new InMemoryProductWriter(_catalog), ManagedPlatforms.Default, _time).HandleAsync(
            Send("POST", "/api/seller/products", bad), Requests.Context, default);

        response.StatusCode.Should().Be(400);
        response.Headers!["content-type"].Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Create_WithABodyOver64KiB_Returns413()
    {
        var big = """{"title":"x","description":" """ + new string('a', 70_000) + "\"}";

        var response = await new CreateProductHandler(new InMemoryProductWriter(_catalog), ManagedPlatforms.Default, _time).HandleAsync(
            Send("POST", "/api/seller/products", big), Requests.Context, default);

        response.StatusCode.Should().Be(413);
    }

    [Fact]
    public async Task Patch_OwnProduct_ChangesOnlyTheNamedFields_AndBumpsTheVersion()
    {
        var response = await Update().HandleAsync(Send("PATCH", "/api/seller/products/own", """{"stock":0,"status":"UNLISTED"}""", "own", "\"1\""),
            Requests.Context, default);

        response.StatusCode.Should().Be(200);
        response.Headers!["etag"].Should().Be("\"2\"");
        var stored = (await _catalog.FindAsync("own", default))!;
        (stored.Stock, stored.Status, stored.Title).Should().Be((0, ProductStatus.Unlisted, "Game own"));
    }

    [Theory]
    [InlineData("theirs", "seller-1")]
    [InlineData("missing", "seller-1")]
    public async Task PatchOrDelete_AnotherSellersOrMissingProduct_Returns404(string id, string caller)
    {
        var patch = await Update().HandleAsync(Send("PATCH", "/api/seller/products/" + id, """{"stock":1}""", id, sub: caller), Requests.Context, default);
        var delete = await new DeleteProductHandler(_catalog, new InMemoryProductWriter(_catalog), _time).HandleAsync(
            Send("DELETE", "/api/seller/products/" + id, null, id, sub: caller), Requests.Context, default);

        (patch.StatusCode, delete.StatusCode).Should().Be((404, 404));
    }

    [Fact]
    public async Task Patch_ByAnAdmin_ChangesAnySellersProduct()
    {
        var response = await Update().HandleAsync(Send("PATCH", "/api/seller/products/theirs", """{"stock":9}""", "theirs", sub: "boss", group: "admins"),
            Requests.Context, default);

        response.StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task PatchOrDelete_WithAStaleIfMatch_Returns412()
    {
        await Update().HandleAsync(Send("PATCH", "/api/seller/products/own", """{"stock":7}""", "own", "\"1\""), Requests.Context, default);

        var patch = await Update().HandleAsync(Send("PATCH", "/api/seller/products/own", """{"stock":8}""", "own", "\"1\""), Requests.Context, default);
        var delete = await new DeleteProductHandler(_catalog, new InMemoryProductWriter(_catalog), _time).HandleAsync(
            Send("DELETE", "/api/seller/products/own", null, "own", "\"1\""), Requests.Context, default);

        (patch.StatusCode, delete.StatusCode).Should().Be((412, 412));
        (await _catalog.FindAsync("own", default))!.Stock.Should().Be(7);
    }

    [Fact]
    public async Task Delete_OwnProduct_Returns204AndUnlistsIt()
    {
        var response = await new DeleteProductHandler(_catalog, new InMemoryProductWriter(_catalog), _time).HandleAsync(
            Send("DELETE", "/api/seller/products/own", null, "own"), Requests.Context, default);

        response.StatusCode.Should().Be(204);
        response.Body.Should().BeNull();
        (await _catalog.FindAsync("own", default))!.Status.Should().Be(ProductStatus.Unlisted);
    }

    private UpdateProductHandler Update() => new(_catalog, new InMemoryProductWriter(_catalog), ManagedPlatforms.Default, _time);

    private static ApiGatewayHttpRequest Send(string method, string path, string? body, string? id = null, string? ifMatch = null,
        string sub = "seller-1", string group = "sellers")
    {
        var request = Requests.SignedIn(Requests.Get(path, pathParameters: id is null ? null : new() { ["id"] = id }), sub, group);
        request.RequestContext.Http!.Method = method;
        request.Body = body;
        request.Headers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ifMatch is not null)
        {
            request.Headers["if-match"] = ifMatch;
        }

        return request;
    }
}

using System.Text.Json;
using GitGoods.Catalog.ListProducts;
using GitGoods.Domain.Catalog.Search;
using GitGoods.Functions.Tests.Fakes;

namespace GitGoods.Functions.Tests.Catalog;

public class ListProductsHandlerTests
{
    private readonly ListProductsHandler _handler = new(new ProductSearchCache(new InMemoryProductCatalog(
        Requests.Product("a", 1), Requests.Product("b", 2), Requests.Product("c", 3, platform: "Switch"),
        Requests.Product("hidden", 4, GitGoods.Domain.Catalog.ProductStatus.Unlisted)), TimeProvider.System, TimeSpan.FromSeconds(15)));

    [Fact]
    public async Task Handle_FirstPage_ReturnsNewestActiveProductsAndACursor()
    {
        var response = await _handler.HandleAsync(Requests.Get("/api/products", new() { ["limit"] = "2" }), Requests.Context, default);

        response.StatusCode.Should().Be(200);
        response.Headers!["cache-control"].Should().Contain("max-age");
        using var body = JsonDocument.Parse(response.Body!);
        body.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).Should().Equal("c", "b");
        body.RootElement.GetProperty("items")[0].GetProperty("price").GetProperty("amount").GetInt64().Should().Be(4999);
        body.RootElement.GetProperty("nextCursor").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Handle_LastPage_HasNullCursor()
    {
        var first = await _handler.HandleAsync(Requests.Get("/api/products", new() { ["limit"] = "2" }), Requests.Context, default);
        using var firstBody = JsonDocument.Parse(first.Body!);
        var cursor = firstBody.RootElement.GetProperty("nextCursor").GetString()!;

        var response = await _handler.HandleAsync(Requests.Get("/api/products", new() { ["limit"] = "2", ["cursor"] = cursor }), Requests.Context, default);

        using var body = JsonDocument.Parse(response.Body!);
        body.RootElement.GetProperty("items").GetArrayLength().Should().Be(1);
        body.RootElement.GetProperty("nextCursor").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public async Task Handle_WithBadLimit_Returns400ProblemNamingTheField(string limit)
    {
        var response = await _handler.HandleAsync(Requests.Get("/api/products", new() { ["limit"] = limit }), Requests.Context, default);

        response.StatusCode.Should().Be(400);
        response.Headers!["content-type"].Should().Be("application/problem+json");
        using var body = JsonDocument.Parse(response.Body!);
        body.RootElement.GetProperty("status").GetInt32().Should().Be(400);
        body.RootElement.GetProperty("traceId").GetString().Should().Be("req-1");
        body.RootElement.GetProperty("errors").TryGetProperty("limit", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Handle_WithForeignCursor_Returns400()
    {
        var response = await _handler.HandleAsync(Requests.Get("/api/products", new() { ["cursor"] = "not-a-cursor" }), Requests.Context, default);

        response.StatusCode.Should().Be(400);
        response.Body.Should().Contain("\"cursor\"");
    }

    [Fact]
    public async Task Handle_WithFilters_SearchesAndSorts()
    {
        var response = await _handler.HandleAsync(Requests.Get("/api/products",
            new() { ["q"] = "GAME", ["platform"] = "pc,Xbox", ["minPrice"] = "1", ["maxPrice"] = "4999", ["inStock"] = "true", ["sort"] = "title" }),
            Requests.Context, default);

        response.StatusCode.Should().Be(200);
        using var body = JsonDocument.Parse(response.Body!);
        body.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).Should().Equal("a", "b");
    }

    [Fact]
    public async Task Handle_WithSeveralBadParameters_Returns400NamingEachOfThem()
    {
        var response = await _handler.HandleAsync(Requests.Get("/api/products",
            new() { ["minPrice"] = "-5", ["maxPrice"] = "cheap", ["inStock"] = "yes", ["sort"] = "popular", ["limit"] = "0" }), Requests.Context, default);

        response.StatusCode.Should().Be(400);
        response.Headers!["content-type"].Should().Be("application/problem+json");
        using var body = JsonDocument.Parse(response.Body!);
        body.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should()
            .BeEquivalentTo("minPrice", "maxPrice", "inStock", "sort", "limit");
    }

    [Fact]
    public async Task Handle_WithMatchingIfNoneMatch_Returns304WithoutABody()
    {
        var first = await _handler.HandleAsync(Requests.Get("/api/products"), Requests.Context, default);
        var etag = first.Headers!["etag"];
        var repeat = Requests.Get("/api/products");
        repeat.Headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["if-none-match"] = etag };

        var response = await _handler.HandleAsync(repeat, Requests.Context, default);

        etag.Should().StartWith("\"");
        response.StatusCode.Should().Be(304);
        response.Body.Should().BeNull();
        response.Headers!["etag"].Should().Be(etag);
        response.Headers["cache-control"].Should().Be("public, max-age=5, stale-while-revalidate=2");
    }
}

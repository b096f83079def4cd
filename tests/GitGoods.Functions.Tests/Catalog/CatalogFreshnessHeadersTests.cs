using GitGoods.Catalog.GetProduct;
using GitGoods.Catalog.ListPlatforms;
using GitGoods.Catalog.ListProducts;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Search;
using GitGoods.Hosting.Http;
using GitGoods.Functions.Tests.Fakes;

namespace GitGoods.Functions.Tests.Catalog;

/// <summary>
/// Each catalogue route's Cache-Control is its browser share of the freshness budget (decision 0032), and conditional
/// requests keep working: a repeat with the ETag gets 304, and a stock change (a new version) gets the new body.
/// </summary>
public sealed class CatalogFreshnessHeadersTests
{
    private readonly InMemoryProductCatalog _catalog = new(Requests.Product("a"));

    [Fact]
    public async Task ProductPage_IsCachedOneSecond_WithoutAStaleWindow()
    {
        var response = await new GetProductHandler(_catalog).HandleAsync(Get("a"), Requests.Context, default);

        response.StatusCode.Should().Be(200);
        response.Headers!["cache-control"].Should().Be("public, max-age=1");
    }

    [Fact]
    public async Task ProductPage_ARepeatWithItsETag_Is304_UntilTheStockChanges()
    {
        var handler = new GetProductHandler(_catalog);
        var etag = (await handler.HandleAsync(Get("a"), Requests.Context, default)).Headers!["etag"];

        var repeat = await handler.HandleAsync(Get("a", etag), Requests.Context, default);
        repeat.StatusCode.Should().Be(304);
        repeat.Body.Should().BeNull();
        repeat.Headers!["cache-control"].Should().Be("public, max-age=1");

        var before = Requests.Product("a");
        _catalog.Put(Product.Create("a", before.Title, before.Platform, before.Description, before.Price, before.Stock - 2, before.Images,
            before.SellerId, before.Status, before.CreatedAt, before.UpdatedAt, before.Version + 1)); // an order reserved two
        var changed = await handler.HandleAsync(Get("a", etag), Requests.Context, default);
        changed.StatusCode.Should().Be(200, "a reservation bumps the version, so the old ETag no longer matches");
        changed.Headers!["etag"].Should().NotBe(etag);
        changed.Body.Should().Contain($"\"stock\":{before.Stock - 2}");
    }

    [Fact]
    public async Task ListingsSearchAndPlatforms_AreCachedFiveSeconds_PlusTwoStale()
    {
        using var search = new ProductSearchCache(_catalog, TimeProvider.System, TimeSpan.FromSeconds(9));
        var listing = await new ListProductsHandler(search).HandleAsync(Requests.Get("/api/products"), Requests.Context, default);
        var searched = await new ListProductsHandler(search).HandleAsync(
            Requests.Get("/api/products", new Dictionary<string, string>(StringComparer.Ordinal) { ["q"] = "game" }), Requests.Context, default);
        var platforms = await new ListPlatformsHandler(_catalog).HandleAsync(Requests.Get("/api/platforms"), Requests.Context, default);

        foreach (var response in new[] { listing, searched, platforms })
        {
            response.StatusCode.Should().Be(200);
            response.Headers!["cache-control"].Should().Be("public, max-age=5, stale-while-revalidate=2");
        }
    }

    private static ApiGatewayHttpRequest Get(string id, string? ifNoneMatch = null)
    {
        var request = Requests.Get("/api/products/" + id, pathParameters: new() { ["id"] = id });
        if (ifNoneMatch is not null)
        {
            request.Headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["if-none-match"] = ifNoneMatch };
        }

        return request;
    }
}

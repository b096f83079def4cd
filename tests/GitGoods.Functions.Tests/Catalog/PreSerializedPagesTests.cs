using System.Text;
using GitGoods.Catalog.GetProduct;
using GitGoods.Catalog.ListProducts;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Search;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Hosting.Http;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.Functions.Tests.Catalog;

/// <summary>
/// The catalogue handlers serialize a page once per version of what it was built from (the search index, a cached
/// product): repeats answer the same bytes, and a new version (the index's lifetime over, the product's copy re-read)
/// answers afresh, so the freshness budget of decision 0032 still holds on the fake clock.
/// </summary>
public sealed class PreSerializedPagesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryProductCatalog _catalog = new(Requests.Product("a", 1), Requests.Product("b", 2));

    [Fact]
    public async Task Listing_ARepeatWithinTheIndexLifetime_IsTheSameSerializedPage()
    {
        using var search = new ProductSearchCache(_catalog, _time, ProductSearchCache.DefaultLifetime);
        var handler = new ListProductsHandler(search);

        var first = await handler.HandleAsync(Listing(), Requests.Context, default);
        var repeat = await handler.HandleAsync(Listing(), Requests.Context, default);

        repeat.Utf8Body!.Value.Span.SequenceEqual(first.Utf8Body!.Value.Span).Should().BeTrue();
        repeat.Utf8Body.Value.Equals(first.Utf8Body.Value).Should().BeTrue("a cached page is the same bytes, not a copy");
        Encoding.UTF8.GetString(first.Utf8Body.Value.Span).Should().Be(first.Body, "the bytes encode the body API Gateway gets");
        repeat.Headers!["etag"].Should().Be(first.Headers!["etag"]);
        repeat.Headers["x-request-id"].Should().Be("req-2", "the request id is the request's own, not the cached page's");
    }

    [Fact]
    public async Task Listing_AChangedCatalogue_ShowsOnceTheIndexExpires_NotBefore()
    {
        using var search = new ProductSearchCache(_catalog, _time, ProductSearchCache.DefaultLifetime);
        var handler = new ListProductsHandler(search);
        var before = await handler.HandleAsync(Listing(), Requests.Context, default);
        _catalog.Put(Requests.Product("c", 3));

        _time.Advance(ProductSearchCache.DefaultLifetime - TimeSpan.FromMilliseconds(1));
        var stale = await handler.HandleAsync(Listing(), Requests.Context, default);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        var fresh = await handler.HandleAsync(Listing(), Requests.Context, default);

        stale.Body.Should().Be(before.Body).And.NotContain("\"id\":\"c\"");
        fresh.Body.Should().Contain("\"id\":\"c\"");
        fresh.Headers!["etag"].Should().NotBe(before.Headers!["etag"]);
        var notModified = await handler.HandleAsync(Listing(fresh.Headers["etag"]), Requests.Context, default);
        notModified.StatusCode.Should().Be(304);
        notModified.Body.Should().BeNull();
        notModified.Utf8Body.Should().BeNull();
    }

    [Fact]
    public async Task Listing_EachQueryIsItsOwnPage()
    {
        using var search = new ProductSearchCache(_catalog, _time, ProductSearchCache.DefaultLifetime);
        var handler = new ListProductsHandler(search);

        var newest = await handler.HandleAsync(Listing(), Requests.Context, default);
        var byTitle = await handler.HandleAsync(Listing(query: new(StringComparer.Ordinal) { ["sort"] = "title" }), Requests.Context, default);
        var one = await handler.HandleAsync(Listing(query: new(StringComparer.Ordinal) { ["limit"] = "1" }), Requests.Context, default);
        // A value holding '&' and '=' must not be read as two parameters (the cache key is length-prefixed).
        var odd = await handler.HandleAsync(Listing(query: new(StringComparer.Ordinal) { ["q"] = "x&limit=1" }), Requests.Context, default);

        new[] { newest.Body, byTitle.Body, one.Body, odd.Body }.Should().OnlyHaveUniqueItems();
        one.Body.Should().Contain("\"nextCursor\":\"");
    }

    [Fact]
    public async Task Product_AStockChange_ShowsOnceTheProductsCopyExpires()
    {
        var catalog = new CachedProductCatalog(_catalog, _time, CachedProductCatalog.DefaultProductLifetime, CachedProductCatalog.DefaultPlatformsLifetime);
        var handler = new GetProductHandler(catalog);
        var first = await handler.HandleAsync(Product("a"), Requests.Context, default);
        var before = Requests.Product("a", 1);
        _catalog.Put(Domain.Catalog.Product.Create("a", before.Title, before.Platform, before.Description, before.Price, before.Stock - 2,
            before.Images, before.SellerId, before.Status, before.CreatedAt, before.UpdatedAt, before.Version + 1));

        var cached = await handler.HandleAsync(Product("a"), Requests.Context, default);
        _time.Advance(CachedProductCatalog.DefaultProductLifetime);
        var fresh = await handler.HandleAsync(Product("a"), Requests.Context, default);

        cached.Utf8Body!.Value.Equals(first.Utf8Body!.Value).Should().BeTrue("the same copy of the product answers the same bytes");
        fresh.Body.Should().Contain($"\"stock\":{before.Stock - 2}");
        fresh.Headers!["etag"].Should().NotBe(first.Headers!["etag"]);
        Encoding.UTF8.GetString(fresh.Utf8Body!.Value.Span).Should().Be(fresh.Body);
    }

    private static ApiGatewayHttpRequest Listing(string? ifNoneMatch = null, Dictionary<string, string>? query = null)
    {
        var request = Requests.Get("/api/products", query);
        request.RequestContext.RequestId = "req-2";
        if (ifNoneMatch is not null)
        {
            request.Headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["if-none-match"] = ifNoneMatch };
        }

        return request;
    }

    private static ApiGatewayHttpRequest Product(string id) =>
        Requests.Get("/api/products/" + id, pathParameters: new(StringComparer.Ordinal) { ["id"] = id });
}

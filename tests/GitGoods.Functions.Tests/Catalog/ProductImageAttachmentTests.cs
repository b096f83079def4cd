using GitGoods.Domain.Catalog.Platforms;
using System.Text.Json;
using GitGoods.Catalog.CreateProduct;
using GitGoods.Catalog.ProductImages;
using GitGoods.Catalog.UpdateProduct;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Hosting.Http;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.Functions.Tests.Catalog;

public class ProductImageAttachmentTests
{
    private const string A = "0123456789abcdef0123456789abcdef";
    private const string B = "fedcba9876543210fedcba9876543210";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryImageStore _store = new();
    private readonly InMemoryProductCatalog _catalog = new(Requests.Product("own", sellerId: "seller-1"));

    [Fact]
    public async Task Create_WithTheSellersOwnUpload_PublishesIt_DeletesTheUpload_AndStoresTheShopUrl()
    {
        _store.Objects["uploads/seller-1/" + A] = (InMemoryImageStore.Png(), "image/png");

        var response = await Create(Body($"/images/products/{A}", "https://img.example/b.jpg"));

        response.StatusCode.Should().Be(201);
        _store.Objects.Keys.Should().BeEquivalentTo("images/products/" + A);
        _store.Objects["images/products/" + A].ContentType.Should().Be("image/png");
        using var body = JsonDocument.Parse(response.Body!);
        body.RootElement.GetProperty("images")[0].GetString().Should().Be("/images/products/" + A);
    }

    [Theory]
    [InlineData("uploads/seller-2/" + A, "image/png", 100, "no upload of yours")]
    [InlineData("uploads/seller-1/" + A, "image/png", 2_097_153, "2097153 bytes; the limit is 2097152")]
    [InlineData("uploads/seller-1/" + A, "image/jpeg", 100, "was uploaded as image/jpeg but its bytes are image/png")]
    public async Task Create_WithAnotherSellersTooLargeOrMislabelledUpload_Returns422NamingTheImage_AndChangesNothing(
        string key, string type, int length, string expected)
    {
        _store.Objects[key] = (InMemoryImageStore.Png(length), type);

        var response = await Create(Body($"/images/products/{A}"));

        response.StatusCode.Should().Be(422);
        using var body = JsonDocument.Parse(response.Body!);
        var message = body.RootElement.GetProperty("errors").GetProperty("images")[0].GetString();
        message.Should().Contain($"Image 0 (/images/products/{A})").And.Contain(expected);
        _store.Objects.Keys.Should().BeEquivalentTo(key);
    }

    [Fact]
    public async Task Create_WithAnUploadThatIsNoImage_Returns422()
    {
        _store.Objects["uploads/seller-1/" + A] = ("<svg xmlns='http://www.w3.org/2000/svg'/>"u8.ToArray(), "image/png");

        var response = await Create(Body($"/images/products/{A}"));

        response.StatusCode.Should().Be(422);
        response.Body.Should().Contain("is not a JPEG, PNG or WebP image");
        _store.Objects.Should().NotContainKey("images/products/" + A);
    }

    [Theory]
    [InlineData("/images/products/not-an-id")]
    [InlineData("/images/covers/x.svg")]
    [InlineData("http://img.example/a.png")]
    public async Task Create_WithAUrlThatIsNeitherHttpsNorAShopImage_Returns422(string url)
    {
        var response = await Create(Body(url));

        response.StatusCode.Should().Be(422);
        response.Body.Should().Contain("shop image URL");
    }

    [Fact]
    public async Task Patch_ReplacingTheImage_PublishesTheNewOne_AndDeletesTheOldOne()
    {
        _store.Objects["uploads/seller-1/" + A] = (InMemoryImageStore.Png(), "image/png");
        (await Patch(Body($"/images/products/{A}"), "\"1\"")).StatusCode.Should().Be(200);
        _store.Objects["uploads/seller-1/" + B] = (InMemoryImageStore.Jpeg(), "image/jpeg");

        var response = await Patch(Body($"/images/products/{B}"), "\"2\"");

        response.StatusCode.Should().Be(200);
        _store.Objects.Keys.Should().BeEquivalentTo("images/products/" + B);
        (await _catalog.FindAsync("own", default))!.Images.Should().Equal("/images/products/" + B);
    }

    [Fact]
    public async Task Patch_KeepingTheImage_ChecksNothingAgain_AndRemovingIt_DeletesIt()
    {
        _store.Objects["uploads/seller-1/" + A] = (InMemoryImageStore.Png(), "image/png");
        (await Patch(Body($"/images/products/{A}"), "\"1\"")).StatusCode.Should().Be(200);

        (await Patch("""{"stock":4}""", "\"2\"")).StatusCode.Should().Be(200);
        (await Patch(Body($"/images/products/{A}", "https://img.example/c.png"), "\"3\"")).StatusCode.Should().Be(200);
        _store.Objects.Keys.Should().BeEquivalentTo("images/products/" + A);

        (await Patch("""{"images":[]}""", "\"4\"")).StatusCode.Should().Be(200);
        _store.Objects.Should().BeEmpty();
    }

    [Fact]
    public async Task Patch_WithAStaleIfMatch_TakesItsPublishedCopyBack_AndKeepsTheUpload()
    {
        _store.Objects["uploads/seller-1/" + A] = (InMemoryImageStore.Png(), "image/png");

        var response = await new UpdateProductHandler(_catalog, new StaleWriter(), ManagedPlatforms.Default, _time, new ProductImageAttachment(_store))
            .HandleAsync(Send("PATCH", Body($"/images/products/{A}"), "own"), Requests.Context, default);

        response.StatusCode.Should().Be(412);
        _store.Objects.Keys.Should().BeEquivalentTo("uploads/seller-1/" + A);
    }

    [Fact]
    public async Task Create_WithoutAnImageStore_RefusesShopImageUrls()
    {
        var response = await new CreateProductHandler(new InMemoryProductWriter(_catalog), ManagedPlatforms.Default, _time)
            .HandleAsync(Send("POST", Body($"/images/products/{A}")), Requests.Context, default);

        response.StatusCode.Should().Be(422);
    }

    private Task<ApiGatewayHttpResponse> Create(string body) =>
        new CreateProductHandler(new InMemoryProductWriter(_catalog), ManagedPlatforms.Default, _time, new ProductImageAttachment(_store))
            .HandleAsync(Send("POST", body), Requests.Context, default);

    private Task<ApiGatewayHttpResponse> Patch(string body, string ifMatch) =>
        new UpdateProductHandler(_catalog, new InMemoryProductWriter(_catalog), ManagedPlatforms.Default, _time, new ProductImageAttachment(_store))
            .HandleAsync(Send("PATCH", body, "own", ifMatch), Requests.Context, default);

    private static string Body(params string[] images) =>
        """{"title":"Dragon Farm","platform":"PC","price":{"amount":5999,"currency":"SGD"},"stock":3,"images":""" + JsonSerializer.Serialize(images) + "}";

    private static ApiGatewayHttpRequest Send(string method, string body, string? id = null, string? ifMatch = null)
    {
        var request = Requests.SignedIn(Requests.Get("/api/seller/products", pathParameters: id is null ? null : new() { ["id"] = id }), "seller-1", "sellers");
        request.RequestContext.Http!.Method = method;
        request.Body = body;
        if (ifMatch is not null)
        {
            request.Headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["if-match"] = ifMatch };
        }

        return request;
    }

    private sealed class StaleWriter : GitGoods.Domain.Catalog.IProductWriter
    {
        public Task AddAsync(GitGoods.Domain.Catalog.Product product, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<bool> ReplaceAsync(GitGoods.Domain.Catalog.Product before, GitGoods.Domain.Catalog.Product after, CancellationToken cancellationToken) =>
            Task.FromResult(false);
    }
}

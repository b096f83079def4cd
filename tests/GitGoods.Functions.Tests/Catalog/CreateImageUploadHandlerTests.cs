using System.Text.Json;
using GitGoods.Catalog.ProductImages;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Hosting.Http;
using GitGoods.Identity;
using GitGoods.Manifest;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.Functions.Tests.Catalog;

public class CreateImageUploadHandlerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryImageStore _store = new();

    [Theory]
    [InlineData("image/jpeg", 1)]
    [InlineData("image/png", 2_097_152)]
    [InlineData("image/webp", 5000)]
    public async Task Create_ForAnAllowedTypeAndSize_Returns201WithAPutSignedForTheCallersPrefix(string type, long length)
    {
        var response = await Handler().HandleAsync(Send($$"""{"contentType":"{{type}}","contentLength":{{length}}}"""), Requests.Context, default);

        response.StatusCode.Should().Be(201);
        using var body = JsonDocument.Parse(response.Body!);
        var root = body.RootElement;
        root.GetProperty("method").GetString().Should().Be("PUT");
        root.GetProperty("headers").GetProperty("Content-Type").GetString().Should().Be(type);
        root.GetProperty("expiresAt").GetDateTimeOffset().Should().Be(_time.GetUtcNow().AddMinutes(5));
        var imageUrl = root.GetProperty("imageUrl").GetString()!;
        imageUrl.Should().MatchRegex("^/images/products/[0-9a-f]{32}$");
        var signed = _store.Signed.Should().ContainSingle().Subject;
        signed.Key.Should().Be("uploads/seller-1/" + imageUrl["/images/products/".Length..]);
        (signed.ContentType, signed.Length, signed.Expires).Should().Be((type, length, _time.GetUtcNow().AddMinutes(5)));
        root.GetProperty("uploadUrl").GetString().Should().Contain(signed.Key);
    }

    [Theory]
    [InlineData("""{"contentType":"image/gif","contentLength":10}""", "contentType")]
    [InlineData("""{"contentType":"image/svg+xml","contentLength":10}""", "contentType")]
    [InlineData("""{"contentType":"IMAGE/PNG","contentLength":10}""", "contentType")]
    [InlineData("""{"contentLength":10}""", "contentType")]
    [InlineData("""{"contentType":"image/png","contentLength":2097153}""", "contentLength")]
    [InlineData("""{"contentType":"image/png","contentLength":0}""", "contentLength")]
    [InlineData("""{"contentType":"image/png"}""", "contentLength")]
    public async Task Create_ForAnotherTypeOrASizeOver2MB_Returns422ListingTheAllowedValues_AndSignsNothing(string json, string field)
    {
        var response = await Handler().HandleAsync(Send(json), Requests.Context, default);

        response.StatusCode.Should().Be(422);
        response.Headers!["content-type"].Should().Be("application/problem+json");
        using var body = JsonDocument.Parse(response.Body!);
        var message = body.RootElement.GetProperty("errors").GetProperty(field)[0].GetString();
        message.Should().Contain(field == "contentType" ? "image/jpeg, image/png, image/webp" : "2097152");
        _store.Signed.Should().BeEmpty();
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"contentType":"image/png","contentLength":"big"}""")]
    [InlineData("null")]
    public async Task Create_WithMalformedJson_Returns400(string json)
    {
        var response = await Handler().HandleAsync(Send(json), Requests.Context, default);

        response.StatusCode.Should().Be(400);
        _store.Signed.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null, 401)]
    [InlineData(new string[0], 403)]
    [InlineData(new[] { "business" }, 403)]
    [InlineData(new[] { "sellers" }, 201)]
    [InlineData(new[] { "admins" }, 201)]
    public async Task Create_BehindItsRoutesGuard_RefusesAnonymousAndShoppers(string[]? groups, int status)
    {
        var route = FunctionManifest.Find("CreateImageUpload")!.Trigger.Should().BeOfType<HttpRouteTrigger>().Subject;
        var request = Requests.Get("/api/seller/images");
        request.RequestContext.Http!.Method = "POST";
        request.Body = """{"contentType":"image/png","contentLength":10}""";
        if (groups is not null)
        {
            request = Requests.SignedIn(request, "u-1", groups);
        }

        var response = await new AccessGuard(route.Access, Handler()).HandleAsync(request, Requests.Context, default);

        response.StatusCode.Should().Be(status);
        _store.Signed.Should().HaveCount(status == 201 ? 1 : 0);
    }

    private CreateImageUploadHandler Handler() => new(_store, _time);

    private static ApiGatewayHttpRequest Send(string body)
    {
        var request = Requests.SignedIn(Requests.Get("/api/seller/images"), "seller-1", "sellers");
        request.RequestContext.Http!.Method = "POST";
        request.Body = body;
        return request;
    }
}

using System.Text.Json;
using GitGoods.Catalog.CreateProduct;
using GitGoods.Catalog.SellerProducts;
using GitGoods.Catalog.UpdateProduct;
using GitGoods.Composition;
using GitGoods.Domain.Catalog.Platforms;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.Functions.Tests.Catalog;

/// <summary>Products take a managed platform (decision 0033): anything else is a 422 naming the allowed values, and nothing is written.</summary>
public class ProductPlatformTests
{
    private const string DefaultAllowed =
        "Must be one of: PlayStation 5, PlayStation 4, Xbox Series X|S, Nintendo Switch, PC, Steam Deck.";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryProductCatalog _catalog = new(Requests.Product("own", sellerId: "seller-1", platform: "Switch"));

    [Theory]
    [InlineData("Nintendo Switch")]
    [InlineData("  Nintendo Switch  ")]
    public void Rule_AcceptsAManagedNameAfterTrimming(string platform)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);

        PlatformRule.Check(errors, platform, required: true, ManagedPlatforms.Default);

        errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Switch", "Not one of the shop's platforms; did you mean 'Nintendo Switch'? " + DefaultAllowed)]
    [InlineData("nintendo switch", "Not one of the shop's platforms; did you mean 'Nintendo Switch'? " + DefaultAllowed)]
    [InlineData("Sega Saturn", DefaultAllowed)]
    [InlineData("", DefaultAllowed)]
    [InlineData(null, DefaultAllowed)]
    public void Rule_RefusesAnAliasAnUnknownOrAMissingPlatformOnCreate_NamingTheAllowedValues(string? platform, string message)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);

        PlatformRule.Check(errors, platform, required: true, ManagedPlatforms.Default);

        errors.Should().ContainKey("platform").WhoseValue.Should().Equal(message);
    }

    [Fact]
    public void Rule_LeavesAMissingPlatformAloneOnPatch_AndChecksAgainstTheConfiguredList()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var configured = ManagedPlatforms.Parse("Sega Saturn,PC");

        PlatformRule.Check(errors, null, required: false, ManagedPlatforms.Default);
        PlatformRule.Check(errors, "Sega Saturn", required: true, configured);
        errors.Should().BeEmpty();

        PlatformRule.Check(errors, "Nintendo Switch", required: true, configured);
        errors["platform"].Should().Equal("Must be one of: Sega Saturn, PC.");
    }

    [Fact]
    public async Task Create_WithAnAlias_Returns422WithTheAllowedPlatforms_AndWritesNothing()
    {
        var before = (await _catalog.LoadActiveAsync(default)).Count;

        var response = await new CreateProductHandler(new InMemoryProductWriter(_catalog), ManagedPlatforms.Default, _time).HandleAsync(
            Send("POST", "/api/seller/products", Body("Switch")), Requests.Context, default);

        response.StatusCode.Should().Be(422);
        response.Headers!["content-type"].Should().Be("application/problem+json");
        using var body = JsonDocument.Parse(response.Body!);
        body.RootElement.GetProperty("status").GetInt32().Should().Be(422);
        body.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("platform");
        body.RootElement.GetProperty("errors").GetProperty("platform")[0].GetString().Should().Contain("did you mean 'Nintendo Switch'?");
        body.RootElement.GetProperty("allowedPlatforms").EnumerateArray().Select(e => e.GetString()).Should()
            .Equal(ManagedPlatforms.Default.Names);
        (await _catalog.LoadActiveAsync(default)).Should().HaveCount(before);
    }

    [Fact]
    public async Task Create_WithAConfiguredPlatform_Returns201_AndAnInvalidFieldOtherThanPlatformHasNoAllowedPlatforms()
    {
        var configured = ManagedPlatforms.Parse("Sega Saturn");
        var handler = new CreateProductHandler(new InMemoryProductWriter(_catalog), configured, _time);

        (await handler.HandleAsync(Send("POST", "/api/seller/products", Body(" Sega Saturn ")), Requests.Context, default)).StatusCode.Should().Be(201);
        var invalid = await handler.HandleAsync(Send("POST", "/api/seller/products", Body("Sega Saturn", stock: -1)), Requests.Context, default);

        invalid.StatusCode.Should().Be(422);
        using var body = JsonDocument.Parse(invalid.Body!);
        body.RootElement.TryGetProperty("allowedPlatforms", out _).Should().BeFalse();
        body.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("stock");
    }

    [Fact]
    public async Task Patch_ToAnUnknownPlatform_Returns422AndKeepsTheProduct_ButAPatchWithoutPlatformLeavesALegacyOneAlone()
    {
        var handler = new UpdateProductHandler(_catalog, new InMemoryProductWriter(_catalog), ManagedPlatforms.Default, _time);

        var refused = await handler.HandleAsync(Send("PATCH", "/api/seller/products/own", """{"platform":"PS5"}""", "own"), Requests.Context, default);
        refused.StatusCode.Should().Be(422);
        using (var body = JsonDocument.Parse(refused.Body!))
        {
            body.RootElement.GetProperty("allowedPlatforms").GetArrayLength().Should().Be(6);
        }

        (await _catalog.FindAsync("own", default))!.Version.Should().Be(1);

        var stock = await handler.HandleAsync(Send("PATCH", "/api/seller/products/own", """{"stock":4}""", "own"), Requests.Context, default);
        stock.StatusCode.Should().Be(200);
        var fixedUp = await handler.HandleAsync(Send("PATCH", "/api/seller/products/own", """{"platform":"Nintendo Switch"}""", "own"), Requests.Context, default);
        fixedUp.StatusCode.Should().Be(200);
        (await _catalog.FindAsync("own", default))!.Platform.Should().Be("Nintendo Switch");
    }

    [Fact]
    public void Settings_ReadTheListFromShopPlatforms_DefaultingToTheBuiltInList()
    {
        FunctionSettings.FromEnvironment(Env("PC,Sega Saturn")).Platforms.Names
            .Should().Equal("PC", "Sega Saturn");
        FunctionSettings.FromEnvironment(Env(null)).Platforms.Should().BeSameAs(ManagedPlatforms.Default);
        ((Action)(() => FunctionSettings.FromEnvironment(Env("PC,pc"))))
            .Should().Throw<ArgumentException>().WithMessage("*listed twice*");
    }

    private static DictionaryEnvironment Env(string? platforms) => new(platforms is null
        ? new Dictionary<string, string>(StringComparer.Ordinal)
        : new Dictionary<string, string>(StringComparer.Ordinal) { [FunctionSettings.PlatformsVariable] = platforms });

    private static string Body(string platform, int stock = 3) =>
        $$"""{"title":"Dragon Farm","platform":"{{platform}}","price":{"amount":5999,"currency":"SGD"},"stock":{{stock}}}""";

    private static ApiGatewayHttpRequest Send(string method, string path, string body, string? id = null)
    {
        var request = Requests.SignedIn(Requests.Get(path, pathParameters: id is null ? null : new() { ["id"] = id }), "seller-1", "sellers");
        request.RequestContext.Http!.Method = method;
        request.Body = body;
        request.Headers = new Dictionary<string, string>(StringComparer.Ordinal);
        return request;
    }
}

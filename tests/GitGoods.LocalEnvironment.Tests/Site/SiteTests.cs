using System.Net;
using System.Text.Json.Nodes;

namespace GitGoods.LocalEnvironment.Tests.Site;

[Collection(LocalEnvironmentTests.Name)]
public sealed class SiteTests(LocalEnvironmentFixture fixture)
{
    [Fact]
    public async Task ConfigJson_NamesTheStackAsApiAndTheLocalUserPool()
    {
        using var response = await fixture.Client.GetAsync("/config.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var config = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var origin = fixture.Stack.BaseAddress.GetLeftPart(UriPartial.Authority);
        config["apiBaseUrl"]!.GetValue<string>().Should().Be(origin);
        config["region"]!.GetValue<string>().Should().Be("ap-southeast-1");
        config["userPoolId"]!.GetValue<string>().Should().Be("ap-southeast-1_GitGoodsLocal");
        config["userPoolClientId"]!.GetValue<string>().Should().Be(GitGoods.LocalEnvironment.Identity.UserPool.ClientId);
        config["cognitoEndpoint"]!.GetValue<string>().Should().Be(origin + "/cognito");
    }

    [Fact]
    public async Task Cover_IsAnSvgWithTheTitle()
    {
        var game = fixture.SeededActive[1];

        using var response = await fixture.Client.GetAsync($"/images/covers/{game.Id}.svg");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml");
        var svg = await response.Content.ReadAsStringAsync();
        svg.Should().StartWith("<svg").And.Contain(game.Platform);
        svg.Should().Contain(game.Title.Split(' ')[0]);
    }

    [Fact]
    public async Task Cover_OfAnUnknownProduct_Is404()
    {
        using var response = await fixture.Client.GetAsync("/images/covers/no-such-game.svg");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task HomePage_WithoutABuiltSpa_SaysHowToBuildIt_AndLinksToTheApi()
    {
        // LocalEnvironmentHost points --web-root at an empty folder: this stack has no SPA.
        using var response = await fixture.Client.GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().StartWith("default-src 'none'; style-src 'sha256-");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("npm --prefix src/Web run build").And.Contain("./scripts/run.sh");
        html.Should().Contain("/api/products").And.Contain("/api/platforms").And.Contain("/api/health");
    }

    [Fact]
    public async Task ClientRoute_WithoutABuiltSpa_Is404()
    {
        using var response = await fixture.Client.GetAsync("/products/abc");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}

using System.Net;
using System.Text.Json.Nodes;

namespace GitGoods.LocalStack.Tests.Site;

[Collection(LocalStackTests.Name)]
public sealed class SiteTests(LocalStackFixture fixture)
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
        config["userPoolClientId"]!.GetValue<string>().Should().Be(GitGoods.LocalStack.Identity.UserPool.ClientId);
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
    public async Task HomePage_LinksToTheApi()
    {
        using var response = await fixture.Client.GetAsync("/");

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("/api/products").And.Contain("/api/platforms").And.Contain("/api/health");
    }
}

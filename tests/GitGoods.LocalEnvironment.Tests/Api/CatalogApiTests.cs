using System.Net;
using System.Text.Json.Nodes;

namespace GitGoods.LocalEnvironment.Tests.Api;

/// <summary>The public catalogue API, through the real gateway, functions and DynamoDB Local.</summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class CatalogApiTests(LocalEnvironmentFixture fixture)
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task Health_AnswersOk()
    {
        using var response = await Client.GetAsync("/api/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Json(response))["status"]!.GetValue<string>().Should().Be("ok");
    }

    [Fact]
    public async Task Products_FirstPageHas24GamesAndANextCursor()
    {
        using var response = await Client.GetAsync("/api/products");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Json(response);
        page["items"]!.AsArray().Should().HaveCount(24);
        page["nextCursor"]!.GetValue<string>().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Products_WalkingEveryPage_FindsEverySeededActiveGameExactlyOnce_NewestFirst()
    {
        var ids = new List<string>();
        var created = new List<DateTimeOffset>();
        string? cursor = null;
        do
        {
            var url = "/api/products?limit=10" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            using var response = await Client.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var page = await Json(response);
            foreach (var item in page["items"]!.AsArray())
            {
                ids.Add(item!["id"]!.GetValue<string>());
                created.Add(item["createdAt"]!.GetValue<DateTimeOffset>());
            }

            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        ids.Should().OnlyHaveUniqueItems();
        ids.Should().BeEquivalentTo(fixture.SeededActive.Select(g => g.Id));
        created.Should().BeInDescendingOrder();
    }

    [Fact]
    public async Task Product_ById_AnswersTheSeededGame()
    {
        var game = fixture.SeededActive[0];

        using var response = await Client.GetAsync($"/api/products/{game.Id}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var product = await Json(response);
        product["title"]!.GetValue<string>().Should().Be(game.Title);
        product["price"]!["amount"]!.GetValue<long>().Should().Be(game.Price);
        product["price"]!["currency"]!.GetValue<string>().Should().Be("SGD");
        product["images"]![0]!.GetValue<string>().Should().Be($"/images/covers/{game.Id}.svg");
    }

    [Fact]
    public async Task Product_UnknownId_Is404ProblemDetails()
    {
        using var response = await Client.GetAsync("/api/products/no-such-game");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await Json(response))["status"]!.GetValue<int>().Should().Be(404);
    }

    [Fact]
    public async Task Platforms_CountEveryActiveGame()
    {
        using var response = await Client.GetAsync("/api/platforms");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var items = (await Json(response))["items"]!.AsArray();
        items.Count.Should().BeGreaterThanOrEqualTo(6);
        items.Sum(i => i!["count"]!.GetValue<int>()).Should().Be(fixture.SeededActive.Count);
    }

    [Theory]
    [InlineData("/api/products?limit=0")]
    [InlineData("/api/products?limit=abc")]
    [InlineData("/api/products?limit=101")]
    [InlineData("/api/products?cursor=not-a-cursor")]
    [InlineData("/api/products?cursor=%21%21%21")]
    public async Task Products_BadPaging_Is400ProblemDetails(string url)
    {
        using var response = await Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await Json(response))["status"]!.GetValue<int>().Should().Be(400);
    }

    private static async Task<JsonNode> Json(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Identity;

namespace GitGoods.LocalEnvironment.Tests.Identity;

/// <summary>Manifest routes that need a token, called with real demo sign-ins.</summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class SignedInApiTests(LocalEnvironmentFixture fixture)
{
    [Fact]
    public async Task DemoSeller_ListsTheSeededProducts_AsTheirOwner()
    {
        var tokens = await fixture.Stack.Identity.SignInAsync("seller@gitgoods.local");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/seller/products?limit=100");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.IdToken);

        using var response = await fixture.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var items = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["items"]!.AsArray();
        items.Should().HaveCount(fixture.Seeded.Count);
        items.Select(i => i!["sellerId"]!.GetValue<string>()).Should().OnlyContain(s => s == DemoUsers.SellerSub);
    }

    [Fact]
    public async Task Me_AnswersWithTheCallerFromTheToken()
    {
        var tokens = await fixture.Stack.Identity.SignInAsync("admin@gitgoods.local");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.IdToken);

        using var response = await fixture.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain(DemoUsers.AdminSub).And.Contain("admins");
    }
}

using System.Net;

namespace GitGoods.LocalEnvironment.Tests.Api;

/// <summary>What the API Gateway stand-in itself answers, through the real stack.</summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class GatewayBehaviourTests(LocalEnvironmentFixture fixture)
{
    private HttpClient Client => fixture.Client;

    [Theory]
    [InlineData("GET", "/api/nothing-here")]
    [InlineData("GET", "/api")]
    [InlineData("DELETE", "/api/products")]
    [InlineData("GET", "/api/products/a/b")]
    public async Task UnknownApiRoute_IsApiGatewaysOwn404(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        using var response = await Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Be("""{"message":"Not Found"}""");
    }

    [Theory]
    [InlineData("/api/health")]
    [InlineData("/api/products")]
    [InlineData("/api/products/no-such-game")]
    [InlineData("/api/platforms")]
    [InlineData("/api/products?limit=0")]
    [InlineData("/api/nothing-here")]
    public async Task EveryGatewayResponse_HasARequestId(string url)
    {
        using var response = await Client.GetAsync(url);

        response.Headers.GetValues("x-request-id").Single().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task RequestIds_DifferPerRequest()
    {
        using var first = await Client.GetAsync("/api/health");
        using var second = await Client.GetAsync("/api/health");

        first.Headers.GetValues("x-request-id").Single().Should().NotBe(second.Headers.GetValues("x-request-id").Single());
    }

    [Fact]
    public async Task BodyOverApiGatewaysLimit_Is413()
    {
        using var content = new ByteArrayContent(new byte[(10 * 1024 * 1024) + 1]);
        using var response = await Client.PostAsync("/api/products", content);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).Should().Be("""{"message":"Request Entity Too Large"}""");
    }
}

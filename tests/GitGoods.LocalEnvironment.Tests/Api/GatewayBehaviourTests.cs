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
    [InlineData("GET", "/api/products/a/b")]
    [InlineData("BREW", "/api/nope")]
    public async Task UnknownApiRoute_IsTheDefaultRoutes404Problem(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        using var response = await Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("status").GetInt32().Should().Be(404);
        problem.RootElement.GetProperty("traceId").GetString().Should().Be(response.Headers.GetValues("x-request-id").Single());
    }

    [Theory]
    [InlineData("DELETE", "/api/products", "GET")]
    [InlineData("BREW", "/api/products", "GET")]
    [InlineData("POST", "/api/products/some-id", "GET")]
    [InlineData("GET", "/api/cart/items/some-id", "DELETE, PUT")]
    [InlineData("PUT", "/api/seller/products", "GET, POST")]
    public async Task KnownPath_UnderAnotherMethod_Is405ProblemWithAllow(string method, string url, string allow)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        using var response = await Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        string.Join(", ", response.Content.Headers.Allow).Should().Be(allow);
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

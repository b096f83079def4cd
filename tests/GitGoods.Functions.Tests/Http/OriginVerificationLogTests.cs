using System.Text.Json;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Functions.Tests.Http;

/// <summary>The origin header's value is a secret: it never reaches a log line, whoever logs the request.</summary>
public class OriginVerificationLogTests
{
    private const string Secret = "current-origin-secret-0123456789abcdef";

    [Fact]
    public async Task RefusedRequest_IsLoggedOnce_WithoutTheValueSentOrTheAcceptedOne()
    {
        var lines = new CollectingLines();
        var guard = new OriginVerification(OriginSecrets.Parse(Secret), new NeverCalled());
        // A stale value that contains the real one: if the value sent were logged, the secret would be in the line.
        var request = Requests.Get("/api/health");
        request.Headers = new Dictionary<string, string>(StringComparer.Ordinal) { [OriginSecrets.HeaderName] = Secret + "-stale" };

        var response = await guard.HandleAsync(request, Requests.Context with { Logger = lines.Logger() }, default);

        response.StatusCode.Should().Be(403);
        var line = lines.Lines.Should().ContainSingle().Subject;
        line.Should().NotContain(Secret).And.NotContain("0123456789abcdef");
        JsonDocument.Parse(line).RootElement.GetProperty("reason").GetString().Should().Be("origin header not accepted");
    }

    [Fact]
    public void RequestLoggedByAHandler_AsHeadersOrAsTheRawEvent_NeverShowsTheValue()
    {
        var lines = new CollectingLines();
        var logger = lines.Logger();
        var request = Requests.Get("/api/health");
        request.Headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [OriginSecrets.HeaderName] = Secret,
            ["user-agent"] = "curl/8.5.0",
        };
        var rawEvent = JsonSerializer.Serialize(request, GitGoods.Hosting.Json.HostingJsonContext.Default.ApiGatewayHttpRequest);
        rawEvent.Should().Contain(Secret, "the event as API Gateway sends it holds the header");

        logger.Information("request headers", request.Headers.ToDictionary(h => h.Key, h => (object?)h.Value, StringComparer.Ordinal));
        logger.Debug("received event " + rawEvent);
        logger.Debug($"x-origin-verify: {Secret}");

        lines.Lines.Should().HaveCount(3).And.AllSatisfy(line => line.Should().NotContain(Secret));
        lines.Lines[0].Should().Contain("curl/8.5.0", "other headers stay readable");
    }

    private sealed class NeverCalled : IHttpHandler
    {
        public Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The handler must not run for a refused request.");
    }
}

using System.Text.Json;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Hosting.Tests.Fakes;

namespace GitGoods.Hosting.Tests.Http;

public sealed class HttpFunctionTests
{
    private const string Event = """
        {"version":"2.0","routeKey":"GET /api/products/{id}","rawPath":"/api/products/p-1","rawQueryString":"",
        "headers":{"accept":"application/json"},"pathParameters":{"id":"p-1"},
        "requestContext":{"requestId":"api-req-42","http":{"method":"GET","path":"/api/products/p-1"}},"isBase64Encoded":false}
        """;

    [Fact]
    public async Task Invoke_AnswersTheHandlersResponseAsApiGatewayJson()
    {
        await using var harness = await RuntimeHarness.StartAsync();

        var posted = await harness.InvokeAsync(new HttpFunction(new LoggingHandler()), Event);

        var response = JsonDocument.Parse(posted.Body).RootElement;
        response.GetProperty("statusCode").GetInt32().Should().Be(200);
        response.GetProperty("body").GetString().Should().Be("p-1");
    }

    [Fact]
    public async Task Invoke_UsesTheApiGatewayRequestIdAsCorrelationId()
    {
        await using var harness = await RuntimeHarness.StartAsync();

        await harness.InvokeAsync(new HttpFunction(new LoggingHandler()), Event);

        harness.Output.LogLines.Should().ContainSingle()
            .Which.GetProperty("correlation_id").GetString().Should().Be("api-req-42");
    }

    private sealed class LoggingHandler : IHttpHandler
    {
        public Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
        {
            context.Logger.Information("handling");
            return Task.FromResult(new ApiGatewayHttpResponse { StatusCode = 200, Body = request.PathParameter("id") });
        }
    }
}

using System.Text;
using GitGoods.Manifest;
using GitGoods.LocalEnvironment.Gateway;
using GitGoods.LocalEnvironment.Logging;
using GitGoods.LocalEnvironment.Tests.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace GitGoods.LocalEnvironment.Tests.Gateway;

public sealed class GatewayEndpointTests
{
    [Fact]
    public async Task FunctionThatThrows_IsApiGatewaysBare500()
    {
        var context = await InvokeAsync(new StubFunction(failure: new InvalidOperationException("secret detail")));

        context.Response.StatusCode.Should().Be(500);
        Body(context).Should().Be("""{"message":"Internal Server Error"}""");
        context.Response.Headers["x-request-id"].ToString().Should().NotBeEmpty();
    }

    [Fact]
    public async Task FunctionResponse_IsWrittenWithHeadersCookiesAndDecodedBody()
    {
        var function = new StubFunction("""
            {"statusCode":201,"headers":{"content-type":"image/png","x-request-id":"from-function"},
             "cookies":["a=1; Path=/","b=2"],"body":"AAEC","isBase64Encoded":true}
            """);

        var context = await InvokeAsync(function);

        context.Response.StatusCode.Should().Be(201);
        context.Response.Headers["x-request-id"].ToString().Should().Be("from-function");
        context.Response.Headers.SetCookie.ToArray().Should().Equal("a=1; Path=/", "b=2");
        ((MemoryStream)context.Response.Body).ToArray().Should().Equal(0, 1, 2);
        function.LastContext!.FunctionName.Should().Be("Test");
        function.LastEvent.Should().Contain("\"routeKey\":\"GET /api/things/{id}\"");
    }

    [Fact]
    public async Task OutputWithoutStatusCode_IsA200JsonBody()
    {
        var context = await InvokeAsync(new StubFunction("""{"hello":"world"}"""));

        context.Response.StatusCode.Should().Be(200);
        Body(context).Should().Be("""{"hello":"world"}""");
    }

    [Fact]
    public async Task OutputThatIsNotJson_IsAFunctionError500()
    {
        var context = await InvokeAsync(new StubFunction("not json"));

        context.Response.StatusCode.Should().Be(500);
        Body(context).Should().Be("""{"message":"Internal Server Error"}""");
    }

    [Fact]
    public async Task BodyOverTenMegabytes_Is413WithoutCallingTheFunction()
    {
        var function = new StubFunction();

        var context = await InvokeAsync(function, contentLength: GatewayEndpoint.MaxBodyBytes + 1);

        context.Response.StatusCode.Should().Be(413);
        Body(context).Should().Be("""{"message":"Request Entity Too Large"}""");
        function.LastEvent.Should().BeNull();
    }

    [Fact]
    public async Task UnknownRoute_Is404NotFound()
    {
        var context = await InvokeAsync(new StubFunction(), path: "/api/other");

        context.Response.StatusCode.Should().Be(404);
        Body(context).Should().Be("""{"message":"Not Found"}""");
    }

    private static async Task<DefaultHttpContext> InvokeAsync(StubFunction function, string path = "/api/things/1", long? contentLength = null)
    {
        var trigger = new HttpRouteTrigger("GET", "/api/things/{id}", RouteAccess.Public);
        var route = new GatewayRoute(new FunctionDefinition("Test", trigger, DataAccess.None, _ => function), trigger,
            RouteTemplate.Parse(trigger.Path), function);
        var endpoint = new GatewayEndpoint(new GatewayRouteTable([route]), TestTokens.Authorizer(), FunctionLoggers.None, TimeProvider.System, NullLogger<GatewayEndpoint>.Instance);
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = path;
        context.Request.Host = new HostString("localhost");
        context.Request.ContentLength = contentLength;
        context.Response.Body = new MemoryStream();
        await endpoint.HandleAsync(context);
        return context;
    }

    private static string Body(DefaultHttpContext context) => Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());
}

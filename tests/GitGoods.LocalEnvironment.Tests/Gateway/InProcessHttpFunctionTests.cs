using System.Text;
using System.Text.Json;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Json;
using GitGoods.Hosting.Runtime;
using GitGoods.LocalEnvironment.Gateway;
using GitGoods.LocalEnvironment.Logging;
using GitGoods.LocalEnvironment.Tests.Identity;
using GitGoods.Manifest;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.LocalEnvironment.Tests.Gateway;

/// <summary>
/// The gateway hands an HTTP function its event as an object (<see cref="IHttpFunction.InvokeHttpAsync"/>) instead of
/// JSON through <see cref="ILambdaFunction.InvokeAsync"/>, the Lambda bootstrap's entry. The two must be
/// indistinguishable: the same function behind both paths sees the same event and answers the same HTTP response.
/// </summary>
public sealed class InProcessHttpFunctionTests
{
    public static TheoryData<string> Cases => ["utf8 page", "text", "base64", "no status code", "null", "throws"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TheObjectPath_AnswersAndSeesExactlyWhatTheJsonPathDoes(string @case)
    {
        var typed = new Recording(@case);
        var json = new Recording(@case);

        var viaObject = await InvokeAsync(new HttpFunction(typed));
        var viaJson = await InvokeAsync(new JsonOnly(new HttpFunction(json)));

        viaObject.Status.Should().Be(viaJson.Status);
        viaObject.Headers.Should().Equal(viaJson.Headers);
        viaObject.Body.Should().Equal(viaJson.Body);
        typed.SeenEvent.Should().NotBeNull().And.Be(json.SeenEvent);
    }

    [Fact]
    public async Task APreEncodedBody_IsWrittenAsThoseBytes()
    {
        var answer = await InvokeAsync(new HttpFunction(new Recording("utf8 page")));

        answer.Status.Should().Be(200);
        Encoding.UTF8.GetString(answer.Body).Should().Be(Recording.Page);
        answer.Headers.Should().Contain(new KeyValuePair<string, string>("content-length", Encoding.UTF8.GetByteCount(Recording.Page).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static async Task<(int Status, List<KeyValuePair<string, string>> Headers, byte[] Body)> InvokeAsync(ILambdaFunction function)
    {
        var trigger = new HttpRouteTrigger("GET", "/api/things/{id}", RouteAccess.Public);
        var route = new GatewayRoute(new FunctionDefinition("Test", trigger, DataAccess.None, _ => function), trigger,
            RouteTemplate.Parse(trigger.Path), function);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero));
        var endpoint = new GatewayEndpoint(new GatewayRouteTable([route]), TestTokens.Authorizer(), FunctionLoggers.None, time, NullLogger<GatewayEndpoint>.Instance);
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = "/api/things/caf%C3%A9";
        context.Request.QueryString = new QueryString("?sort=price&platform=PC&platform=Switch");
        context.Request.Host = new HostString("localhost:5180");
        context.Request.Headers["X-Amzn-Trace-Id"] = "Root=1-00000000-000000000000000000000000";
        context.Request.Headers.Cookie = "a=1; b=2";
        context.Response.Body = new MemoryStream();
        await endpoint.HandleAsync(context);
        var requestId = context.Response.Headers["apigw-requestid"].ToString();
        var headers = context.Response.Headers
            .Select(h => new KeyValuePair<string, string>(h.Key.ToLowerInvariant(), h.Value.ToString().Replace(requestId, "<request>", StringComparison.Ordinal)))
            .OrderBy(h => h.Key, StringComparer.Ordinal).ToList();
        var body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray()).Replace(requestId, "<request>", StringComparison.Ordinal));
        return (context.Response.StatusCode, headers, body);
    }

    /// <summary>Only the Lambda runtime's entry: the gateway must take the JSON path.</summary>
    private sealed class JsonOnly(ILambdaFunction inner) : ILambdaFunction
    {
        public Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, LambdaContext context, CancellationToken cancellationToken) =>
            inner.InvokeAsync(payload, context, cancellationToken);
    }

    /// <summary>Records the event it saw (its request id blanked) and answers the case's response.</summary>
    private sealed class Recording(string @case) : IHttpHandler
    {
        public const string Page = """{"items":[{"title":"Caf\u00e9 \"Deluxe\" ✓ 🎮","price":{"amount":1999}}],"nextCursor":null}""";

        public string? SeenEvent { get; private set; }

        public Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
        {
            var id = request.RequestContext.RequestId;
            request.RequestContext.RequestId = "<request>"; // each request gets its own id: blanked for the comparison
            SeenEvent = JsonSerializer.Serialize(request, HostingJsonContext.Default.ApiGatewayHttpRequest);
            request.RequestContext.RequestId = id;
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["content-type"] = "application/json", ["x-request-id"] = id };
            return @case switch
            {
                "utf8 page" => Task.FromResult(new ApiGatewayHttpResponse { StatusCode = 200, Headers = headers, Cookies = ["s=1; Path=/"] }
                    .WithUtf8Body(Page, Encoding.UTF8.GetBytes(Page))),
                "text" => Task.FromResult(new ApiGatewayHttpResponse { StatusCode = 201, Headers = headers, Body = "Café \"✓\" " + id }),
                "base64" => Task.FromResult(new ApiGatewayHttpResponse { StatusCode = 200, Body = "AAEC/w==", IsBase64Encoded = true }),
                "no status code" => Task.FromResult(new ApiGatewayHttpResponse { Body = "just a body" }),
                "null" => Task.FromResult<ApiGatewayHttpResponse>(null!),
                _ => throw new InvalidOperationException("the function failed"),
            };
        }
    }
}

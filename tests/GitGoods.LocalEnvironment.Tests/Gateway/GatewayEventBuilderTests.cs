using System.Net;
using System.Text;
using System.Text.Json;
using GitGoods.Manifest;
using GitGoods.Hosting.Json;
using GitGoods.LocalEnvironment.Gateway;
using Microsoft.AspNetCore.Http;

namespace GitGoods.LocalEnvironment.Tests.Gateway;

public sealed class GatewayEventBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 12, 19, 3, 58, TimeSpan.Zero);

    [Fact]
    public void Headers_AreLowerCasedAndRepeatedOnesCommaJoined()
    {
        var request = Request("GET", "/api/products");
        request.Headers.Append("X-Custom-Thing", "one");
        request.Headers.Append("X-Custom-Thing", "two");
        request.Headers.UserAgent = "tests/1.0";

        var built = Build(request, "/api/products");

        built.Headers!["x-custom-thing"].Should().Be("one,two");
        built.Headers.Keys.Should().OnlyContain(k => string.Equals(k, k.ToLowerInvariant(), StringComparison.Ordinal));
        built.RequestContext.Http.UserAgent.Should().Be("tests/1.0");
    }

    [Fact]
    public void Query_RepeatedKeysAreCommaJoined_AndTheRawQueryIsKept()
    {
        var request = Request("GET", "/api/products");
        request.QueryString = new QueryString("?platform=PC&platform=Steam%20Deck&limit=5");

        var built = Build(request, "/api/products");

        built.QueryStringParameters!["platform"].Should().Be("PC,Steam Deck");
        built.QueryStringParameters["limit"].Should().Be("5");
        built.RawQueryString.Should().Be("platform=PC&platform=Steam%20Deck&limit=5");
    }

    [Fact]
    public void PathParameters_ComeFromTheTemplate()
    {
        var built = Build(Request("GET", "/api/products/tidebound-ps5"), "/api/products/{id}");

        built.PathParameters.Should().ContainKey("id").WhoseValue.Should().Be("tidebound-ps5");
        built.RouteKey.Should().Be("GET /api/products/{id}");
        built.RequestContext.RouteKey.Should().Be("GET /api/products/{id}");
        built.RawPath.Should().Be("/api/products/tidebound-ps5");
    }

    [Fact]
    public void RequestContext_DescribesTheCallLikeApiGateway()
    {
        var request = Request("POST", "/api/products");
        request.HttpContext.Connection.RemoteIpAddress = IPAddress.Parse("127.0.0.1");

        var built = Build(request, "/api/products", method: "POST");

        built.Version.Should().Be("2.0");
        built.RequestContext.RequestId.Should().Be("req-1");
        built.RequestContext.Stage.Should().Be("$default");
        built.RequestContext.Time.Should().Be("12/Mar/2026:19:03:58 +0000");
        built.RequestContext.TimeEpoch.Should().Be(Now.ToUnixTimeMilliseconds());
        built.RequestContext.Http.Method.Should().Be("POST");
        built.RequestContext.Http.SourceIp.Should().Be("127.0.0.1");
        built.RequestContext.DomainName.Should().Be("localhost:5080");
    }

    [Fact]
    public void Cookies_MoveFromTheHeaderIntoTheCookiesArray()
    {
        var request = Request("GET", "/api/products");
        request.Headers.Cookie = "a=1; b=2";

        var built = Build(request, "/api/products");

        built.Cookies.Should().Equal("a=1", "b=2");
        built.Headers.Should().NotContainKey("cookie");
    }

    [Fact]
    public void TextBody_IsPassedAsText()
    {
        var request = Request("POST", "/api/products");
        request.ContentType = "application/json; charset=utf-8";

        var built = Build(request, "/api/products", Encoding.UTF8.GetBytes("""{"title":"x"}"""), "POST");

        built.Body.Should().Be("""{"title":"x"}""");
        built.IsBase64Encoded.Should().BeFalse();
    }

    [Fact]
    public void BinaryBody_IsBase64Encoded()
    {
        var request = Request("POST", "/api/products");
        request.ContentType = "image/png";
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF];

        var built = Build(request, "/api/products", bytes, "POST");

        built.IsBase64Encoded.Should().BeTrue();
        Convert.FromBase64String(built.Body!).Should().Equal(bytes);
    }

    [Fact]
    public void Event_SerializesWithCamelCaseNamesAsLambdaReceivesIt()
    {
        var json = JsonSerializer.Serialize(Build(Request("GET", "/api/products/x"), "/api/products/{id}"),
            HostingJsonContext.Default.ApiGatewayHttpRequest);

        json.Should().Contain("\"routeKey\":\"GET /api/products/{id}\"").And.Contain("\"pathParameters\":{\"id\":\"x\"}")
            .And.Contain("\"requestContext\":{").And.Contain("\"timeEpoch\":");
    }

    private static HttpRequest Request(string method, string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost", 5080);
        context.Request.Protocol = "HTTP/1.1";
        return context.Request;
    }

    private static Hosting.Http.ApiGatewayHttpRequest Build(HttpRequest request, string template, byte[]? body = null, string method = "GET")
    {
        var route = new GatewayRoute(new FunctionDefinition("Test", new HttpRouteTrigger(method, template, RouteAccess.Public), DataAccess.None, _ => null!),
            new HttpRouteTrigger(method, template, RouteAccess.Public), RouteTemplate.Parse(template), new StubFunction());
        var parameters = route.Template.Match(request.Path.Value!)!;
        return GatewayEventBuilder.Build(request, body ?? [], new GatewayMatch(route, parameters), "req-1", Now);
    }
}

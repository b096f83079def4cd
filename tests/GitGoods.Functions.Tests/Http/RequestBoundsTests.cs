using System.Text.Json;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Functions.Tests.Http;

/// <summary>The bounds every HTTP function applies before its handler: ids, query values and the headers handlers read.</summary>
public class RequestBoundsTests
{
    // Lone surrogates cannot travel through theory data (xUnit serializes it), so LoneSurrogates builds them in code.
    public static TheoryData<string> HostileIds => ["", new string('a', RequestBounds.MaxIdLength + 1), "a\0b", "a\u0001b", "\u007f", "x\r\ny", "\u0085"];

    public static TheoryData<string, string> HostileQueries => new()
    {
        { "q", new string('a', InputBounds.MaxQueryValueLength + 1) },
        { "q", "farming\0" },
        { "platform", "PC\u0007" },
        { "cursor", new string('a', InputBounds.MaxCursorLength + 1) },
        { "sellerId", new string('s', RequestBounds.MaxIdLength + 1) },
        { "sellerId", "" },
        { "from", "2026-01-01\r\n" },
    };

    [Theory]
    [MemberData(nameof(HostileIds))]
    public async Task HostileId_Is404_AndNeverReachesTheHandler(string id)
    {
        var (response, inner) = await SendAsync(Requests.Get("/api/products/x", pathParameters: new(StringComparer.Ordinal) { ["id"] = id }));

        response.StatusCode.Should().Be(404);
        response.Headers!["content-type"].Should().Be("application/problem+json");
        inner.Called.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task HostileQueryValue_Is400NamingTheParameter_WithoutEchoingTheValue(string name, string value)
    {
        var (response, inner) = await SendAsync(Requests.Get("/api/products", query: new(StringComparer.Ordinal) { [name] = value }));

        response.StatusCode.Should().Be(400);
        inner.Called.Should().BeFalse();
        using var problem = JsonDocument.Parse(response.Body!);
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).Should().Equal(name);
        if (value.Length > 0)
        {
            response.Body.Should().NotContain(value);
        }
    }

    [Fact]
    public async Task HostileQueryKey_IsNamedQuery_NotEchoed()
    {
        var key = "k\u0000" + new string('x', 100);
        var (response, _) = await SendAsync(Requests.Get("/api/products", query: new(StringComparer.Ordinal) { [key] = "\u0001" }));

        response.StatusCode.Should().Be(400);
        using var problem = JsonDocument.Parse(response.Body!);
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).Should().Equal("query");
    }

    [Theory]
    [InlineData("x-cart-id")]
    [InlineData("if-match")]
    [InlineData("if-none-match")]
    public async Task HostileReadHeader_Is400NamingTheHeader(string header)
    {
        foreach (var value in new[] { "a\u0000b", new string('a', InputBounds.MaxHeaderLength + 1), "a" + (char)0xD800 })
        {
            var request = Requests.Get("/api/cart");
            request.Headers = new Dictionary<string, string>(StringComparer.Ordinal) { [header] = value };

            var (response, inner) = await SendAsync(request);

            response.StatusCode.Should().Be(400);
            inner.Called.Should().BeFalse();
            JsonDocument.Parse(response.Body!).RootElement.GetProperty("errors").EnumerateObject().Single().Name.Should().Be(header);
        }
    }

    [Theory]
    [InlineData("q", "Zelda \u202Eevil\u200B 😀")]
    [InlineData("q", "' OR 1=1 --")]
    [InlineData("cursor", "p1")]
    [InlineData("sellerId", "seller-1")]
    [InlineData("platform", "PC,Nintendo Switch")]
    public async Task PlainValues_ReachTheHandler(string name, string value)
    {
        var request = Requests.Get("/api/products", query: new(StringComparer.Ordinal) { [name] = value },
            pathParameters: new(StringComparer.Ordinal) { ["id"] = new string('a', RequestBounds.MaxIdLength) });
        request.Headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["x-cart-id"] = "c-123", ["if-none-match"] = "W/\"1\", \"2\"" };

        var (response, inner) = await SendAsync(request);

        response.StatusCode.Should().Be(200);
        inner.Called.Should().BeTrue();
    }

    [Theory]
    [InlineData("abc", 4, true)]
    [InlineData("abcd", 4, true)]
    [InlineData("abcde", 4, false)]
    [InlineData("😀", 4, true)]
    [InlineData("tab\there", 20, false)]
    [InlineData("\u0085", 4, false)]
    public void IsPlainText_BoundsLengthAndRefusesControlsAndLoneSurrogates(string value, int max, bool expected)
    {
        InputBounds.IsPlainText(value, max).Should().Be(expected);
    }

    [Fact]
    public async Task LoneSurrogates_AreRefused_InIdsAndQueryValues()
    {
        string[] lone = ["a" + (char)0xD83D, (char)0xDE00 + "a", "a" + (char)0xD800 + "b"];
        foreach (var value in lone)
        {
            InputBounds.IsPlainText(value, 10).Should().BeFalse();
            RequestBounds.IsPlausibleId(value).Should().BeFalse();
            var (response, inner) = await SendAsync(Requests.Get("/api/products", query: new(StringComparer.Ordinal) { ["status"] = value }));
            response.StatusCode.Should().Be(400);
            inner.Called.Should().BeFalse();
        }
    }

    private static async Task<(ApiGatewayHttpResponse Response, RecordingHandler Inner)> SendAsync(ApiGatewayHttpRequest request)
    {
        request.Headers ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var inner = new RecordingHandler();
        var response = await new RequestBounds(inner).HandleAsync(request, Requests.Context, default);
        return (response, inner);
    }

    private sealed class RecordingHandler : IHttpHandler
    {
        public bool Called { get; private set; }

        public Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
        {
            Called = true;
            return Task.FromResult(new ApiGatewayHttpResponse { StatusCode = 200 });
        }
    }
}

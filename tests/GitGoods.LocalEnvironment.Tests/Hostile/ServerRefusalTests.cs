using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace GitGoods.LocalEnvironment.Tests.Hostile;

/// <summary>
/// Requests Kestrel itself refuses, before any middleware runs, still get the shop's error shape: problem+json with the
/// same status and an <c>x-request-id</c> (raw sockets: HttpClient will not send these).
/// </summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class ServerRefusalTests(LocalEnvironmentFixture fixture)
{
    public static TheoryData<string, string, int> Refused => new()
    {
        { "NUL in the path", "/api/products/%00abc", 400 },
        { "raw control byte in the path: Kestrel lets it through, the id bounds refuse it", "/api/products/a\u0001b", 404 },
        { "request line over 8 KB", "/api/products?q=" + new string('a', 20000), 414 },
        { "header over 32 KB", "/api/products|X-Big: " + new string('a', 40000), 431 },
        { "control character in a header", "/api/products|X-Cart-Id: a\u0001b", 400 },
        { "non-ASCII byte in a header", "/api/products|X-Cart-Id: caf\u00e9", 400 },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task ServerRefusal_IsProblemJson_WithTheSameStatus_AndARequestId(string why, string request, int status)
    {
        var parts = request.Split('|');
        var headers = parts.Skip(1).Select(h => (h[..h.IndexOf(':', StringComparison.Ordinal)], Encoding.Latin1.GetBytes(h[(h.IndexOf(':', StringComparison.Ordinal) + 2)..]))).ToList();

        var response = await RawHttp.SendAsync(fixture.Stack.BaseAddress, "GET", parts[0], headers, null, CancellationToken.None);

        response.Status.Should().Be(status, why);
        response.ContentType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(response.Body);
        problem.RootElement.GetProperty("status").GetInt32().Should().Be(status);
        problem.RootElement.GetProperty("traceId").GetString().Should().Be(response.Headers["x-request-id"]);
        problem.RootElement.GetProperty("detail").GetString().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task GoodResponsesBeforeARefusal_OnOneConnection_PassThroughByteForByte()
    {
        var server = fixture.Stack.BaseAddress;
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        var good = $"GET /api/health HTTP/1.1\r\nHost: {server.Authority}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(good + good + $"GET /api/products/%00 HTTP/1.1\r\nHost: {server.Authority}\r\n\r\n"));

        using var received = new MemoryStream();
        await stream.CopyToAsync(received);
        var text = Encoding.UTF8.GetString(received.ToArray());

        text.Split("HTTP/1.1 200 OK").Should().HaveCount(3, "both health checks answered");
        text.Split("{\"status\":\"ok\"}").Should().HaveCount(3);
        text.Should().Contain("HTTP/1.1 400 Bad Request").And.Contain("application/problem+json").And.EndWith("}");
    }
}

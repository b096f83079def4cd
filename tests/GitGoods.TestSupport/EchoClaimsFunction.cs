using System.Text.Json;
using GitGoods.Manifest;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Json;
using GitGoods.Hosting.Runtime;
using GitGoods.Identity;

namespace GitGoods.TestSupport;

/// <summary>
/// A test-only function behind the real <see cref="AccessGuard"/>: it answers 200 with the event it received
/// (claims in <c>requestContext.authorizer.jwt</c>), so a test sees the claims exactly as the gateway passed them.
/// </summary>
public sealed class EchoClaimsFunction : IHttpHandler
{
    public const string Path = "/api/test/echo-claims";

    /// <summary>The route <c>GET /api/test/echo-claims</c>, open to <paramref name="access"/>.</summary>
    public static FunctionDefinition Definition(RouteAccess access = RouteAccess.SignedIn) =>
        new("TestEchoClaims", new HttpRouteTrigger("GET", Path, access), DataAccess.None,
            _ => new HttpFunction(new AccessGuard(access, new EchoClaimsFunction())));

    public Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(new ApiGatewayHttpResponse
        {
            StatusCode = 200,
            Headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["content-type"] = "application/json" },
            Body = JsonSerializer.Serialize(request, HostingJsonContext.Default.ApiGatewayHttpRequest),
        });
    }
}

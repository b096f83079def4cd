using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Health;

public sealed record HealthResponse(string Status);

/// <summary>GET /api/health: the API answers.</summary>
public sealed class HealthHandler : IHttpHandler
{
    public Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken) =>
        Task.FromResult(HttpResults.Json(request, 200, new HealthResponse("ok"), FunctionsJsonContext.Default.HealthResponse,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["cache-control"] = "no-store" }));
}

using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Identity.GetProfile;

/// <summary>The signed-in user as the API sees them: id, contact details from the token, and groups.</summary>
public sealed record ProfileResponse(string Id, string? Email, string? Name, IReadOnlyList<string> Groups);

/// <summary>GET /api/me: who the token says the caller is, so the SPA can show the right console.</summary>
public sealed class GetProfileHandler : IHttpHandler
{
    public Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        var caller = Caller.From(request) ?? throw new InvalidOperationException("AccessGuard lets no anonymous caller reach this handler.");
        var body = new ProfileResponse(caller.UserId, caller.Email, caller.Name, [.. caller.Groups.Order(StringComparer.Ordinal)]);
        return Task.FromResult(HttpResults.Json(request, 200, body, FunctionsJsonContext.Default.ProfileResponse,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["cache-control"] = "private, no-store" }));
    }
}

using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;
using GitGoods.Manifest;

namespace GitGoods.Routing.UnmatchedRoute;

/// <summary>
/// The API's <c>$default</c> route: every request no catalogued route took. A path that a catalogued route serves under
/// other methods answers 405 problem+json with <c>Allow</c>; any other path 404 problem+json. It reads only the method
/// and the path, never the query, headers or body, and echoes neither back.
/// </summary>
public sealed class UnmatchedRouteHandler(IReadOnlyList<HttpRouteTrigger> routes) : IHttpHandler
{
    public Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.RequestContext.Http?.Path ?? request.RawPath ?? "/";
        var allowed = RoutePaths.MethodsServing(routes, path);
        if (allowed.Count == 0)
        {
            return Task.FromResult(HttpResults.NotFound(request, "The API has no such route."));
        }

        var response = HttpResults.Problem(request, 405, "Method Not Allowed",
            "This route does not take that method; the Allow header lists those it takes.");
        response.Headers!["allow"] = string.Join(", ", allowed);
        return Task.FromResult(response);
    }
}

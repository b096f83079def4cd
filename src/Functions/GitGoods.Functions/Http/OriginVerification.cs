using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Http;

/// <summary>
/// Keeps the API from being called around CloudFront and its WAF: the HTTP API's own execute-api URL stays public,
/// so every HTTP function refuses a request whose <c>x-origin-verify</c> header is missing or not one of the
/// <see cref="OriginSecrets"/> with 403 problem details, before anything else runs (no token check, no handler, no
/// write). An accepted header is taken out of the request, so no handler can echo or log it.
/// </summary>
public sealed class OriginVerification(OriginSecrets secrets, IHttpHandler inner) : IHttpHandler
{
    public Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        if (!secrets.IsEnabled)
        {
            return inner.HandleAsync(request, context, cancellationToken);
        }

        var presented = request.Header(OriginSecrets.HeaderName);
        if (!secrets.Accepts(presented))
        {
            // Never the value sent: a stale or mistyped one may be close to a real one.
            context.Logger.Warning("Refused a request that did not come through CloudFront.", keys: new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["reason"] = presented is null ? "origin header missing" : "origin header not accepted",
                ["route"] = request.RouteKey,
            });
            return Task.FromResult(HttpResults.Problem(request, 403, "Forbidden", "Call the API through the shop's site."));
        }

        request.Headers?.Remove(OriginSecrets.HeaderName);
        return inner.HandleAsync(request, context, cancellationToken);
    }
}

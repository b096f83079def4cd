using GitGoods.Adapters.Resilience;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Http;

/// <summary>
/// The outermost layer of every HTTP function: when a dependency is down or throttling (see
/// <see cref="DependencyFailure"/>), the caller gets 503 problem details with <c>Retry-After</c> instead of a bare 500.
/// Anything else still escapes as a function error, so a bug stays visible in the Errors metric and the rollback alarm.
/// </summary>
public sealed class DependencyFaults(IHttpHandler inner) : IHttpHandler
{
    /// <summary>How long a client should wait before sending the same request again.</summary>
    public const int RetryAfterSeconds = 2;

    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return await inner.HandleAsync(request, context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && DependencyFailure.IsTransient(e))
        {
            context.Logger.Warning("A dependency could not answer; answered 503.", keys: new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["route"] = request.RouteKey,
                ["error"] = e.GetType().Name,
            });
            return HttpResults.Unavailable(request, "The shop cannot answer this request right now; send it again shortly.", RetryAfterSeconds);
        }
    }
}

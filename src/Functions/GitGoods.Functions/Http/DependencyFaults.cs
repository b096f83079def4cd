using GitGoods.Adapters.Resilience;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Http;

/// <summary>
/// The outermost layer of every HTTP function: when a dependency is down or throttling (see
/// <see cref="DependencyFailure"/>), or so slow that the work would outlive the invocation's deadline, the caller gets
/// 503 problem details with <c>Retry-After</c> instead of a bare 500 (Lambda's timeout is a function error, which API
/// Gateway answers 500). Anything else still escapes as a function error, so a bug stays visible in the Errors metric
/// and the rollback alarm. Every write a client may retry is idempotent, so giving up in the middle is safe.
/// </summary>
public sealed class DependencyFaults(IHttpHandler inner) : IHttpHandler
{
    /// <summary>How long a client should wait before sending the same request again.</summary>
    public const int RetryAfterSeconds = 2;

    /// <summary>Time kept back before the invocation's deadline to answer 503 instead of being stopped by the runtime.</summary>
    public static readonly TimeSpan DeadlineMargin = TimeSpan.FromSeconds(1);

    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        // Our own early stop, apart from the caller's token: only when it fired is a cancellation ours to answer.
        using var deadline = new CancellationTokenSource();
        var remaining = context.Deadline - DateTimeOffset.UtcNow;
        // A context without a real deadline (far future, or none left) gets no early stop of its own.
        if (remaining > DeadlineMargin * 2 && remaining < TimeSpan.FromHours(1))
        {
            deadline.CancelAfter(remaining - DeadlineMargin);
        }

        using var work = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await inner.HandleAsync(request, context, work.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (deadline.IsCancellationRequested || (!cancellationToken.IsCancellationRequested && DependencyFailure.IsTransient(e)))
        {
            context.Logger.Warning(deadline.IsCancellationRequested
                    ? "The request could not finish before the invocation's deadline; answered 503."
                    : "A dependency could not answer; answered 503.",
                keys: new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["route"] = request.RouteKey,
                    ["error"] = e.GetType().Name,
                });
            return HttpResults.Unavailable(request, "The shop cannot answer this request right now; send it again shortly.", RetryAfterSeconds);
        }
    }
}

using GitGoods.Domain.Operations;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Health;

/// <summary>
/// GET /api/health/ready: runs every dependency's cheap check at once, each bounded by <see cref="CheckTimeout"/>, and
/// answers 200 when all are up, else 503 problem details with <c>Retry-After</c> and the same <c>checks</c>. The
/// liveness route (/api/health) stays a constant answer for the load balancer.
/// </summary>
public sealed class ReadinessHandler(IReadOnlyList<IDependencyCheck> checks, TimeProvider time) : IHttpHandler
{
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(2);

    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var results = await Task.WhenAll(checks.Select(check => RunAsync(check, cancellationToken)));
        var headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["cache-control"] = "no-store" };
        if (results.All(r => r.IsUp))
        {
            return HttpResults.Json(request, 200, new ReadinessResponse("ready", results), FunctionsJsonContext.Default.ReadinessResponse, headers);
        }

        var down = string.Join(", ", results.Where(r => !r.IsUp).Select(r => r.Name));
        context.Logger.Warning("Not ready: a dependency is down.", keys: new Dictionary<string, object?>(StringComparer.Ordinal) { ["down"] = down });
        headers["content-type"] = "application/problem+json";
        headers["retry-after"] = DependencyFaults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var problem = new ReadinessProblem("https://gitgoods.dev/problems/service-unavailable", "Service Unavailable", 503,
            $"Not ready: {down} down.", request.RequestContext.RequestId, results);
        return HttpResults.Json(request, 503, problem, FunctionsJsonContext.Default.ReadinessProblem, headers);
    }

    private async Task<ReadinessCheck> RunAsync(IDependencyCheck check, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CheckTimeout);
        var started = time.GetTimestamp();
        try
        {
            // Yield first, so a check that blocks before its first await cannot hold up the others.
            await Task.Yield();
            var note = await check.CheckAsync(timeout.Token).WaitAsync(timeout.Token).ConfigureAwait(false);
            return new ReadinessCheck(check.Name, ReadinessCheck.Up, Milliseconds(started), note);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Only the exception's type: its message may carry resource names, never personal data, but stays in the logs.
            var reason = e is OperationCanceledException ? $"no answer within {CheckTimeout.TotalSeconds:F0} s" : e.GetType().Name;
            return new ReadinessCheck(check.Name, ReadinessCheck.Down, Milliseconds(started), reason);
        }
    }

    private int Milliseconds(long started) => (int)Math.Min(int.MaxValue, time.GetElapsedTime(started).TotalMilliseconds);
}

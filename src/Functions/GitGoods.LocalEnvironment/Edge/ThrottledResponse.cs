using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using GitGoods.Http;
using GitGoods.LocalEnvironment.Configuration;
using GitGoods.LocalEnvironment.Gateway;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Edge;

/// <summary>The 429 of the rate rule: problem details like every other error, with a request id and <c>Retry-After</c>.</summary>
internal static partial class ThrottledResponse
{
    public static async Task WriteAsync(HttpContext context, RateLimitLease lease, RateLimitOptions options, CancellationToken cancellationToken)
    {
        var requestId = RequestIds.New();
        var retryAfter = RetryAfterSeconds(lease, options);
        var problem = new ProblemDetails("https://gitgoods.dev/problems/too-many-requests", "Too Many Requests", StatusCodes.Status429TooManyRequests,
            $"More than {options.Permits} requests in {options.WindowSeconds} s from this address; try again in {retryAfter} s.", requestId);
        var body = JsonSerializer.SerializeToUtf8Bytes(problem, FunctionsJsonContext.Default.ProblemDetails);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.ContentType = "application/problem+json";
        response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        response.Headers["x-request-id"] = requestId;
        response.ContentLength = body.Length;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EdgeRateLimiter));
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.Throttled(context.Request.Method, context.Request.Path.Value ?? "/", EdgeRateLimiter.ClientAddress(context), retryAfter);
        }

        await response.Body.WriteAsync(body, cancellationToken);
    }

    /// <summary>Whole seconds, at least 1: the limiter's own RetryAfter, else one step of the sliding window.</summary>
    public static int RetryAfterSeconds(RateLimitLease lease, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(options);
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? retryAfter
            : options.Window / options.SegmentsPerWindow;
        return Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} from {Client} throttled by the rate rule: 429, retry after {RetryAfter} s")]
    private static partial void Throttled(this ILogger logger, string method, string path, string client, int retryAfter);
}

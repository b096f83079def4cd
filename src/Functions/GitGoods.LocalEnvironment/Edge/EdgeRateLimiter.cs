using System.Net;
using System.Threading.RateLimiting;
using GitGoods.LocalEnvironment.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace GitGoods.LocalEnvironment.Edge;

/// <summary>
/// Mirrors the WAF's rate-based rule in front of the whole stack (the WAF sees every request CloudFront serves): per
/// client IP, a sliding window of <see cref="RateLimitOptions.WindowSeconds"/>; a request over the limit gets 429
/// problem details (<see cref="ThrottledResponse"/>) and reaches nothing behind it, so a throttled write writes nothing.
/// </summary>
public static class EdgeRateLimiter
{
    public static IServiceCollection AddEdgeRateLimiter(this IServiceCollection services, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsEnabled)
        {
            return services;
        }

        return services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetSlidingWindowLimiter(ClientAddress(context), _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = options.Permits,
                    Window = options.Window,
                    SegmentsPerWindow = options.SegmentsPerWindow,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, cancellationToken) =>
                new ValueTask(ThrottledResponse.WriteAsync(rejected.HttpContext, rejected.Lease, options, cancellationToken));
        });
    }

    /// <summary>Adds the limiter to the pipeline, ahead of the SPA, the gateway and every other endpoint; nothing when off.</summary>
    public static WebApplication UseEdgeRateLimiter(this WebApplication app, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsEnabled)
        {
            app.UseRateLimiter();
        }

        return app;
    }

    /// <summary>
    /// The partition: the address of the TCP peer, never <c>X-Forwarded-For</c>, which any client can set to escape
    /// its limit (the WAF rule counts the address CloudFront sees, not a header the client wrote).
    /// </summary>
    public static string ClientAddress(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress ?? IPAddress.Loopback;
        return (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }
}

using System.Net.Sockets;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GitGoods.Adapters.Resilience;

/// <summary>
/// The Polly pipeline around each HTTP attempt of an AWS SDK client: a circuit breaker outside a per-attempt timeout.
/// It never retries (the SDK retries, with its own back-off and retry quota); it only bounds how long an attempt may take
/// and stops calling an endpoint that keeps failing. An open circuit throws <see cref="BrokenCircuitException"/>, which
/// <see cref="DependencyFailure"/> classifies as transient (503).
/// </summary>
public static class AwsHttpPipeline
{
    /// <summary>The property an attempt carries when it is a long poll (<see cref="AwsClientResilienceOptions.LongPollAllowance"/>).</summary>
    public static readonly ResiliencePropertyKey<bool> LongPoll = new("gitgoods.long-poll");

    public static ResiliencePipeline<HttpResponseMessage> Build(AwsClientResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.Time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = options.FailureRatio,
                MinimumThroughput = options.MinimumThroughput,
                SamplingDuration = options.SamplingDuration,
                BreakDuration = options.BreakDuration,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .Handle<SocketException>()
                    .Handle<IOException>()
                    // A service error (500, 503) counts as a failure; a throttled or refused request (4xx) does not.
                    .HandleResult(response => (int)response.StatusCode >= 500),
            })
            .AddTimeout(new TimeoutStrategyOptions
            {
                TimeoutGenerator = args => ValueTask.FromResult(
                    args.Context.Properties.GetValue(LongPoll, false) ? options.AttemptTimeout + options.LongPollAllowance : options.AttemptTimeout),
            })
            .Build();
    }
}

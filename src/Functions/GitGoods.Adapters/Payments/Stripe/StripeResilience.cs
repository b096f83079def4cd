using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace GitGoods.Adapters.Payments.Stripe;

/// <summary>
/// The Polly pipeline around every Stripe call: a total timeout, then retries with exponential back-off and jitter on
/// transient answers and network failures, then a timeout per attempt. Retrying a POST is safe because every request
/// carries its Idempotency-Key: Stripe replays the first answer instead of acting twice.
/// </summary>
internal static class StripeResilience
{
    public static ResiliencePipeline<StripeResponse> Build(StripeOptions options, TimeProvider time) =>
        new ResiliencePipelineBuilder<StripeResponse> { TimeProvider = time }
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<StripeResponse>
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<StripeResponse>()
                    .HandleResult(response => response.IsTransient)
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>(),
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
}

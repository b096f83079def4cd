namespace GitGoods.Adapters.Resilience;

/// <summary>
/// How an AWS SDK client (DynamoDB, SQS, KMS) guards its HTTP calls: a short timeout per attempt (the SDK's own retries
/// then try again) and a circuit breaker that, once most recent calls failed, fails the next ones at once for
/// <see cref="BreakDuration"/> instead of letting every request wait on a dead endpoint.
/// </summary>
public sealed record AwsClientResilienceOptions
{
    /// <summary>The defaults every function uses.</summary>
    public static AwsClientResilienceOptions Default { get; } = new();

    /// <summary>How long one HTTP attempt may take before it is abandoned (DynamoDB, SQS and KMS answer in milliseconds).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Extra time an SQS ReceiveMessage may take: a long poll waits up to 20 s by design.</summary>
    public TimeSpan LongPollAllowance { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long opening a TCP connection may take (a blackholed endpoint otherwise hangs for minutes).</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The share of failed calls within <see cref="SamplingDuration"/> that opens the circuit.</summary>
    public double FailureRatio { get; init; } = 0.5;

    /// <summary>At least this many calls within <see cref="SamplingDuration"/> before the ratio counts.</summary>
    public int MinimumThroughput { get; init; } = 8;

    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an open circuit refuses calls before it lets one through to probe the endpoint.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(1);

    public TimeProvider Time { get; init; } = TimeProvider.System;
}

namespace GitGoods.Workflow;

/// <summary>The wait before a retry, as Step Functions computes it.</summary>
public static class RetryDelay
{
    /// <summary>
    /// <c>IntervalSeconds × BackoffRate^retry</c> (retry 0 is the first retry), capped by MaxDelaySeconds; with FULL jitter,
    /// <paramref name="random"/> (in [0, 1)) of that.
    /// </summary>
    public static TimeSpan Compute(RetryPolicy policy, int retry, double random)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var seconds = policy.IntervalSeconds * Math.Pow(policy.BackoffRate, retry);
        if (policy.MaxDelaySeconds is { } max)
        {
            seconds = Math.Min(seconds, max);
        }

        seconds = Math.Min(seconds, TimeSpan.MaxValue.TotalSeconds / 2);
        if (policy.JitterStrategy == JitterStrategy.Full)
        {
            seconds *= Math.Clamp(random, 0, 1);
        }

        return TimeSpan.FromSeconds(seconds);
    }
}

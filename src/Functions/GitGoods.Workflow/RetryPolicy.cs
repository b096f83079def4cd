namespace GitGoods.Workflow;

/// <summary>
/// ASL retrier. Attempt n (0-based) waits <c>IntervalSeconds × BackoffRate^n</c>, capped by <see cref="MaxDelaySeconds"/>,
/// and a random part of it with <see cref="JitterStrategy.Full"/>. Defaults are ASL's (1 s, 3 attempts, ×2).
/// </summary>
public sealed record RetryPolicy(
    IReadOnlyList<string> ErrorEquals,
    int IntervalSeconds = 1,
    int MaxAttempts = 3,
    double BackoffRate = 2.0,
    int? MaxDelaySeconds = null,
    JitterStrategy JitterStrategy = JitterStrategy.None);

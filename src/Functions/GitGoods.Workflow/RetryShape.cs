using System.Globalization;

namespace GitGoods.Workflow;

/// <summary>A retrier as <see cref="WorkflowShape"/> compares it, with ASL's defaults filled in.</summary>
public sealed record RetryShape(string ErrorEquals, int IntervalSeconds, int MaxAttempts, double BackoffRate, int? MaxDelaySeconds, string JitterStrategy)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"[{ErrorEquals}] every {IntervalSeconds}s x{MaxAttempts} backoff {BackoffRate} max {MaxDelaySeconds?.ToString(CultureInfo.InvariantCulture) ?? "-"} jitter {JitterStrategy}");
}

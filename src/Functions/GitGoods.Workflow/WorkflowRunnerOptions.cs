namespace GitGoods.Workflow;

/// <summary>The runner's seams: time (task and execution timeouts), the wait between retries, and the jitter source.</summary>
public sealed record WorkflowRunnerOptions
{
    public static WorkflowRunnerOptions Default { get; } = new();

    /// <summary>The clock behind TimeoutSeconds (and the default retry wait).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Waits between retries; null waits for real on <see cref="Time"/>. Tests record the delays instead of waiting.</summary>
    public Func<TimeSpan, CancellationToken, Task>? RetryDelay { get; init; }

    /// <summary>A number in [0, 1) for FULL jitter.</summary>
    public Func<double> Random { get; init; } = static () => System.Random.Shared.NextDouble();

    /// <summary>The name the context object (<c>$$.StateMachine.Name</c>) and execution ids use.</summary>
    public string StateMachineName { get; init; } = "workflow";
}

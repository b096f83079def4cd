using GitGoods.Hosting.Logging;
using GitGoods.Hosting.Metrics;

namespace GitGoods.Hosting.Runtime;

/// <summary>What the runtime knows about the invocation in flight.</summary>
public sealed record LambdaContext(
    string RequestId,
    string FunctionName,
    string FunctionVersion,
    int MemoryLimitMb,
    string InvokedFunctionArn,
    string? TraceId,
    DateTimeOffset Deadline)
{
    /// <summary>
    /// The structured logger of this execution environment, already scoped to this invocation.
    /// Defaults to a logger that writes nothing, so handlers can be unit tested with a bare context.
    /// </summary>
    public LambdaLogger Logger { get; init; } = LambdaLogger.Null;

    /// <summary>Metrics added here are flushed as one EMF blob when the invocation ends.</summary>
    public LambdaMetrics Metrics { get; init; } = LambdaMetrics.Null;

    /// <summary>Time left before Lambda stops the invocation, as seen by <paramref name="time"/>.</summary>
    public TimeSpan RemainingTime(TimeProvider time) => Deadline - time.GetUtcNow();
}

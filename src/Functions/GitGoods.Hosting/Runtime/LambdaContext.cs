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
    /// <summary>Time left before Lambda stops the invocation, as seen by <paramref name="time"/>.</summary>
    public TimeSpan RemainingTime(TimeProvider time) => Deadline - time.GetUtcNow();
}

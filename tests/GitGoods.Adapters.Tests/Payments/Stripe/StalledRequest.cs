namespace GitGoods.Adapters.Tests.Payments.Stripe;

/// <summary>A request the fake Stripe holds until the test releases it; <see cref="Arrived"/> completes when it is held.</summary>
public sealed class StalledRequest(bool beforeProcessing)
{
    private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _processed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool BeforeProcessing { get; } = beforeProcessing;

    public Task Arrived => _arrived.Task;

    /// <summary>Completes once the fake Stripe has processed the request and kept its answer for replays.</summary>
    public Task Processed => _processed.Task;

    public void Release() => _released.TrySetResult();

    internal void MarkProcessed() => _processed.TrySetResult();

    internal Task HoldAsync()
    {
        _arrived.TrySetResult();
        return _released.Task;
    }
}

namespace GitGoods.Adapters.Idempotency;

/// <summary>How long a claim blocks other requests, and how long a finished response is replayed.</summary>
public sealed record IdempotencyStoreOptions
{
    /// <summary>How long an in-progress claim holds the key; after it (the holder crashed or timed out) the key can be claimed again. A function's timeout.</summary>
    public TimeSpan InProgressWindow { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a record lives (and a response is replayed) after it was claimed or completed.</summary>
    public TimeSpan RecordLifetime { get; init; } = TimeSpan.FromHours(24);
}

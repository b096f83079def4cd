namespace GitGoods.Domain.Idempotency;

/// <summary>
/// What claiming an idempotency key found: the key is now ours (<see cref="Acquired"/>), a response to replay
/// (<see cref="Completed"/>), another request still working on it (<see cref="InProgress"/>, HTTP 409), or the
/// key used with a different payload (<see cref="PayloadMismatch"/>, HTTP 422).
/// </summary>
public abstract record IdempotencyClaim
{
    private IdempotencyClaim()
    {
    }

    /// <summary>The key was free (or its earlier holder expired): run the request, then complete or release.</summary>
    public sealed record Acquired : IdempotencyClaim;

    /// <summary>An earlier request with the same key and payload finished: replay its response.</summary>
    public sealed record Completed(IdempotentResponse Response) : IdempotencyClaim;

    /// <summary>A request with the same key and payload is still running.</summary>
    public sealed record InProgress : IdempotencyClaim;

    /// <summary>The key is held (running or finished) by a request with a different payload.</summary>
    public sealed record PayloadMismatch : IdempotencyClaim;
}

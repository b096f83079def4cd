namespace GitGoods.Domain.Idempotency;

/// <summary>
/// Completing a claim found the record no longer ours: the in-progress window passed and another request claimed
/// the key, or the record was released. The work itself was done; only its replay for later retries is lost.
/// </summary>
public sealed class IdempotencyClaimLostException : Exception
{
    public IdempotencyClaimLostException()
        : base("The idempotency record is no longer in progress for this payload.")
    {
    }

    public IdempotencyClaimLostException(string message)
        : base(message)
    {
    }

    public IdempotencyClaimLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

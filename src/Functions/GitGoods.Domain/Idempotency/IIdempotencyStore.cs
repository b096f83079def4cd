namespace GitGoods.Domain.Idempotency;

/// <summary>
/// Exactly-once handling of a request from the client's side: claim the key before the work, store the response
/// after it, release the key when the work failed so a retry can run it again.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>Claims <paramref name="recordId"/> (see <see cref="IdempotencyRecordId"/>) for a payload with the given hash.</summary>
    Task<IdempotencyClaim> ClaimAsync(string recordId, string payloadHash, CancellationToken ct);

    /// <summary>Stores the response of a claimed record so retries replay it.</summary>
    /// <exception cref="IdempotencyClaimLostException">The record is no longer in progress with this hash (it expired and was taken, or was released).</exception>
    Task CompleteAsync(string recordId, string payloadHash, IdempotentResponse response, CancellationToken ct);

    /// <summary>Gives a claimed, still in-progress record up (the work failed) so the next retry runs it again.</summary>
    Task ReleaseAsync(string recordId, CancellationToken ct);
}

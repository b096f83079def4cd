namespace GitGoods.Domain.Orders;

/// <summary>
/// The transactional outbox of placed orders. Placing an order writes the order and its outbox entry in one transaction;
/// the hand-off to the queue then removes the entry. Whatever dies in between, a relay finds the entry and sends it again,
/// so no order is lost between the database and the queue (a duplicate message is harmless: the workflow is idempotent).
/// </summary>
public interface IOrderOutbox
{
    /// <summary>Entries of orders placed before <paramref name="placedBefore"/>, oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<OutboxEntry>> ListUnsentAsync(DateTimeOffset placedBefore, int max, CancellationToken cancellationToken);

    /// <summary>Removes the entry once its order is on the queue. Removing it twice is harmless.</summary>
    Task MarkSentAsync(OutboxEntry entry, CancellationToken cancellationToken);
}

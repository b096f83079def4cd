namespace GitGoods.Domain.WaitingRoom;

/// <summary>What became of a place in the line.</summary>
public enum PlaceState
{
    /// <summary>In line, checking in.</summary>
    Waiting,

    /// <summary>Let in: holds an admission (and a share of the capacity) until it expires or the order is placed.</summary>
    Admitted,

    /// <summary>Skipped: the shopper stopped checking in before the pointer reached the place. Uses no capacity.</summary>
    Abandoned,

    /// <summary>The admitted shopper placed the order; the capacity was released at once.</summary>
    Completed,

    /// <summary>A number the counter issued whose place was never written (a join that failed half-way); skipped.</summary>
    Void,
}

/// <summary>One shopper's place: the <see cref="Position"/> the sale's counter gave them on arrival.</summary>
public sealed record Place(long Position, string ShopperId, PlaceState State, DateTimeOffset JoinedAt, DateTimeOffset LastSeenAt)
{
    public DateTimeOffset? AdmissionExpiresAt { get; init; }

    /// <summary>True while the place still counts: waiting and seen recently, or admitted and not expired.</summary>
    public bool IsLive(Sale sale, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sale);
        return State switch
        {
            PlaceState.Waiting => now - LastSeenAt < sale.AbandonAfter,
            PlaceState.Admitted => AdmissionExpiresAt > now,
            _ => false,
        };
    }
}

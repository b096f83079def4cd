namespace GitGoods.Domain.WaitingRoom;

/// <summary>
/// An operator-defined sales event (docs/waiting-room.md): while it is active (<see cref="StartsAt"/> ≤ now &lt;
/// <see cref="EndsAt"/>), ordering one of its products needs an admission from its waiting room.
/// </summary>
/// <param name="ProductIds">The products in the sale; null: the whole shop.</param>
/// <param name="Capacity">How many admitted shoppers may be checking out at once.</param>
/// <param name="AdmissionRatePerMinute">How many shoppers are let in per minute at most.</param>
public sealed record Sale(
    string Id, string Name, DateTimeOffset StartsAt, DateTimeOffset EndsAt, IReadOnlyList<string>? ProductIds,
    int Capacity, int AdmissionRatePerMinute, int AdmissionTtlSeconds, int AbandonAfterSeconds)
{
    public const int DefaultAdmissionTtlSeconds = 300;
    public const int DefaultAbandonAfterSeconds = 30;

    public bool IsActiveAt(DateTimeOffset now) => StartsAt <= now && now < EndsAt;

    /// <summary>True when an order line of <paramref name="productId"/> falls in this sale.</summary>
    public bool Covers(string productId) => ProductIds is null || ProductIds.Contains(productId, StringComparer.Ordinal);

    public TimeSpan AdmissionTtl => TimeSpan.FromSeconds(AdmissionTtlSeconds);

    public TimeSpan AbandonAfter => TimeSpan.FromSeconds(AbandonAfterSeconds);

    /// <summary>How often a waiting shopper checks in: well inside <see cref="AbandonAfter"/>, so two missed polls do not lose the place.</summary>
    public int PollAfterSeconds => Math.Clamp(AbandonAfterSeconds / 4, 1, 10);

    /// <summary>
    /// How soon a shopper <paramref name="aheadOfYou"/> places from the front checks in again. Places are handed out only
    /// when someone checks in, and an admitted shopper holds capacity from that moment: a shopper who learns of it a whole
    /// <see cref="PollAfterSeconds"/> late leaves the place idle (the load test in docs/benchmarks.md §13 saw the line let
    /// in a quarter of its rate so). So the next <see cref="Capacity"/> shoppers check in every second; everyone further
    /// back keeps the slow pace (a fast pace for all who fit in one poll of the rate made every check-in an advance that
    /// fought over the line item: see §13).
    /// </summary>
    public int PollAfterSecondsFor(long aheadOfYou) => aheadOfYou < Capacity ? 1 : PollAfterSeconds;
}

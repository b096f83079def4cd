namespace GitGoods.Domain.WaitingRoom;

/// <summary>What a shopper in line sees: the contract's status body (docs/waiting-room.md).</summary>
public sealed record LineStatus(
    string SaleId, long Position, long AheadOfYou, string State, string PositionToken, int PollAfterSeconds, int EstimatedWaitSeconds,
    string? AdmissionToken, DateTimeOffset? AdmissionExpiresAt)
{
    public const string WaitingState = "WAITING";
    public const string AdmittedState = "ADMITTED";
    public const string ExpiredState = "EXPIRED";
}

/// <summary>A sale with its counters, for the operator.</summary>
public sealed record SaleCounters(Sale Sale, long Issued, long Admitted, int InCheckout, long Waiting, long Abandoned, long Completed);

namespace GitGoods.Orders.Fulfilment;

/// <summary>The outcomes steps answer with; the order workflow's choices branch on them.</summary>
public static class StepOutcomes
{
    public const string Reserved = "RESERVED";
    public const string OutOfStock = "OUT_OF_STOCK";
    public const string NotPending = "NOT_PENDING";
    public const string Authorized = "AUTHORIZED";
    public const string Declined = "DECLINED";
    public const string Confirmed = "CONFIRMED";
    public const string AlreadyConfirmed = "ALREADY_CONFIRMED";
    public const string Released = "RELEASED";
    public const string NothingHeld = "NOTHING_HELD";
    public const string Voided = "VOIDED";
    public const string Rejected = "REJECTED";
    public const string Recorded = "RECORDED";
}

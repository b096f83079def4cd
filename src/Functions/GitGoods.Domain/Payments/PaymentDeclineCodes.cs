namespace GitGoods.Domain.Payments;

/// <summary>Decline codes a <see cref="PaymentAuthorization"/> carries (the card processor's codes, plus our own for a voided order).</summary>
public static class PaymentDeclineCodes
{
    /// <summary>The card was declined without a more specific reason.</summary>
    public const string CardDeclined = "card_declined";

    /// <summary>The card has insufficient funds.</summary>
    public const string InsufficientFunds = "insufficient_funds";

    /// <summary>The order's payment was voided before this authorisation reached the provider, so none was made.</summary>
    public const string Voided = "voided";
}

namespace GitGoods.Domain.Payments;

/// <summary>Why a capture was refused, definitely: retrying the same capture cannot succeed.</summary>
public static class PaymentCaptureRefusals
{
    /// <summary>The provider holds no approved authorisation for the order (declined, never authorised, or made with another provider).</summary>
    public const string NotAuthorized = "not_authorized";

    /// <summary>The authorisation was voided (the order was cancelled or compensated).</summary>
    public const string Voided = "voided";

    /// <summary>The hold lapsed before the capture (card authorisations last about 7 days) and the provider cancelled it.</summary>
    public const string AuthorizationExpired = "authorization_expired";
}

namespace GitGoods.Domain.Payments;

/// <summary>
/// The payment tokens of the API contract (the card processor's test payment methods) and two of our own that make
/// the simulated provider fail, so tests can drive the workflow's retry and compensation paths.
/// </summary>
public static class PaymentTokens
{
    /// <summary>Approved.</summary>
    public const string Visa = "pm_card_visa";

    /// <summary>Approved.</summary>
    public const string Mastercard = "pm_card_mastercard";

    /// <summary>Declined with <see cref="PaymentDeclineCodes.CardDeclined"/>.</summary>
    public const string ChargeDeclined = "pm_card_chargeDeclined";

    /// <summary>Declined with <see cref="PaymentDeclineCodes.InsufficientFunds"/>.</summary>
    public const string ChargeDeclinedInsufficientFunds = "pm_card_visa_chargeDeclinedInsufficientFunds";

    /// <summary>
    /// Ours: the simulated provider records the authorisation but answers after the caller's timeout, so the caller
    /// sees a <see cref="PaymentUnavailableException"/> and must later void.
    /// </summary>
    public const string GitGoodsTimeout = "pm_card_gitgoods_timeout";

    /// <summary>Ours: the simulated provider fails transiently (<see cref="PaymentUnavailableException"/>) and records nothing.</summary>
    public const string GitGoodsUnavailable = "pm_card_gitgoods_unavailable";

    private const string Prefix = "pm_";
    private const int MinLength = 4;
    private const int MaxLength = 255;

    /// <summary>
    /// True for a token of the processor's shape: <c>pm_</c> then word characters, 4–255 characters in all. Request
    /// validation uses this rather than the list above, because a real processor accepts tokens we do not know.
    /// </summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: >= MinLength and <= MaxLength }
        && token.StartsWith(Prefix, StringComparison.Ordinal)
        && token.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}

using System.Globalization;
using Amazon.DynamoDBv2.Model;
using GitGoods.Domain.Payments;

namespace GitGoods.Adapters.Payments.Stripe;

/// <summary>
/// The adapter's record of one order's PaymentIntent in the shop table: <c>PK = PAYMENT#&lt;orderId&gt;</c>, <c>SK = STRIPE</c>
/// (beside, never mixed with, the simulator's <c>AUTHORIZATION</c> item). <see cref="Status"/> is one of the constants below;
/// <see cref="VoidRequested"/> marks a void that arrived while the authorisation was in flight, so its answer is cancelled.
/// </summary>
internal sealed record StripePaymentRecord(string Status, string? PaymentIntentId, long? AmountMinor, string? Currency, string? Token,
    string? DeclineCode, bool VoidRequested)
{
    public const string SortKeyValue = "STRIPE";
    public const string Pending = "PENDING";
    public const string Authorized = "AUTHORIZED";
    public const string Declined = "DECLINED";
    public const string Voided = "VOIDED";
    public const string Captured = "CAPTURED";
    public const string Refunded = "REFUNDED";

    public const string StatusName = "status";
    public const string PaymentIntentIdName = "paymentIntentId";
    public const string AmountMinorName = "amountMinor";
    public const string CurrencyName = "currency";
    public const string TokenName = "token";
    public const string DeclineCodeName = "declineCode";
    public const string VoidRequestedName = "voidRequested";
    public const string CreatedAtName = "createdAt";
    public const string UpdatedAtName = "updatedAt";

    /// <summary>The answer this record gives to a retried authorisation, or null while it is still PENDING.</summary>
    public PaymentAuthorization? Answer => Status switch
    {
        Authorized or Captured when !VoidRequested => new PaymentAuthorization(PaymentOutcome.Approved, PaymentIntentId, null),
        Declined => new PaymentAuthorization(PaymentOutcome.Declined, null, DeclineCode),
        Pending when !VoidRequested => null,
        _ => new PaymentAuthorization(PaymentOutcome.Declined, null, PaymentDeclineCodes.Voided),
    };

    public bool IsFor(PaymentRequest request) =>
        AmountMinor is null || (AmountMinor == request.Amount.Amount && string.Equals(Currency, request.Amount.Currency, StringComparison.Ordinal));

    public static StripePaymentRecord From(Dictionary<string, AttributeValue> item) => new(
        item[StatusName].S,
        Text(item, PaymentIntentIdName),
        item.TryGetValue(AmountMinorName, out var amount) ? long.Parse(amount.N, CultureInfo.InvariantCulture) : null,
        Text(item, CurrencyName),
        Text(item, TokenName),
        Text(item, DeclineCodeName),
        item.TryGetValue(VoidRequestedName, out var requested) && requested.BOOL == true);

    private static string? Text(Dictionary<string, AttributeValue> item, string name) => item.TryGetValue(name, out var value) ? value.S : null;
}

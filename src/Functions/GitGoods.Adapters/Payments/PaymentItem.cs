using System.Globalization;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Common;
using GitGoods.Domain.Payments;

using static GitGoods.Adapters.Table.ItemValues;

namespace GitGoods.Adapters.Payments;

/// <summary>
/// The simulated provider's record of one order in the shop table: <c>PK = PAYMENT#&lt;orderId&gt;</c>,
/// <c>SK = AUTHORIZATION</c>, with <c>status</c> AUTHORIZED | DECLINED | VOIDED | CAPTURED | REFUNDED.
/// </summary>
internal static class PaymentItem
{
    public const string PartitionKeyPrefix = "PAYMENT#";
    public const string SortKeyValue = "AUTHORIZATION";
    public const string AuthorizationId = "authorizationId";
    public const string AmountMinor = "amountMinor";
    public const string Currency = "currency";
    public const string Status = "status";
    public const string DeclineCode = "declineCode";
    public const string CreatedAt = "createdAt";
    public const string UpdatedAt = "updatedAt";
    public const string Authorized = "AUTHORIZED";
    public const string Declined = "DECLINED";
    public const string Voided = "VOIDED";
    public const string Captured = "CAPTURED";
    public const string Refunded = "REFUNDED";

    public static Dictionary<string, AttributeValue> Key(string orderId) => new(StringComparer.Ordinal)
    {
        [ShopTable.PartitionKey] = new(PartitionKeyPrefix + orderId),
        [ShopTable.SortKey] = new(SortKeyValue),
    };

    /// <summary>The item of a new authorisation (approved when <paramref name="declineCode"/> is null).</summary>
    public static Dictionary<string, AttributeValue> New(PaymentRequest request, string? declineCode, DateTimeOffset now)
    {
        var item = Key(request.OrderId);
        item[AmountMinor] = new() { N = request.Amount.Amount.ToString(CultureInfo.InvariantCulture) };
        item[Currency] = new(request.Amount.Currency);
        item[CreatedAt] = new(Iso(now));
        item[UpdatedAt] = new(Iso(now));
        if (declineCode is null)
        {
            item[Status] = new(Authorized);
            item[AuthorizationId] = new("pi_sim_" + Guid.NewGuid().ToString("N"));
        }
        else
        {
            item[Status] = new(Declined);
            item[DeclineCode] = new(declineCode);
        }

        return item;
    }

    /// <summary>The answer a stored record gives to (a retry of) an authorisation.</summary>
    public static PaymentAuthorization AnswerOf(Dictionary<string, AttributeValue> item) => item[Status].S switch
    {
        Authorized or Captured => new PaymentAuthorization(PaymentOutcome.Approved, item[AuthorizationId].S, null),
        Declined => new PaymentAuthorization(PaymentOutcome.Declined, null, item[DeclineCode].S),
        _ => new PaymentAuthorization(PaymentOutcome.Declined, null, PaymentDeclineCodes.Voided),
    };

    /// <summary>True when the stored record was made for a different amount than <paramref name="request"/> asks for.</summary>
    public static bool IsForOtherAmount(Dictionary<string, AttributeValue> item, PaymentRequest request) =>
        item.TryGetValue(AmountMinor, out var amount)
        && (!string.Equals(amount.N, request.Amount.Amount.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            || !string.Equals(item[Currency].S, request.Amount.Currency, StringComparison.Ordinal));

    public static RecordedPayment ToRecorded(string orderId, Dictionary<string, AttributeValue> item) => new(
        orderId,
        item[Status].S switch
        {
            Authorized => RecordedPaymentStatus.Authorized,
            Declined => RecordedPaymentStatus.Declined,
            Captured => RecordedPaymentStatus.Captured,
            Refunded => RecordedPaymentStatus.Refunded,
            _ => RecordedPaymentStatus.Voided,
        },
        item.TryGetValue(AuthorizationId, out var id) ? id.S : null,
        item.TryGetValue(AmountMinor, out var amount)
            ? new Money(long.Parse(amount.N, CultureInfo.InvariantCulture), item[Currency].S)
            : null,
        item.TryGetValue(DeclineCode, out var code) ? code.S : null,
        DateTimeOffset.Parse(item[CreatedAt].S, CultureInfo.InvariantCulture),
        DateTimeOffset.Parse(item[UpdatedAt].S, CultureInfo.InvariantCulture));
}

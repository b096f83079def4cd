using GitGoods.Domain.Common;
using GitGoods.Domain.Payments;

namespace GitGoods.Adapters.Payments.Stripe;

/// <summary>
/// Sends an order's authorisation to Stripe (always the same key and parameters, so a repeat gets the first answer back)
/// and records the answer on the PENDING record. When a void got to the record while Stripe was authorising, the new
/// hold is cancelled at once and the answer is <see cref="PaymentDeclineCodes.Voided"/>: a late authorisation never stands.
/// </summary>
internal sealed class StripeAuthorizer(StripeApiClient api, StripeIntentActions intents, StripePaymentRecords records)
{
    public async Task<PaymentAuthorization> SendAsync(string orderId, Money amount, string token, CancellationToken ct)
    {
        var response = await api.AuthorizeAsync(orderId, amount.Amount, amount.Currency, token, ct).ConfigureAwait(false);
        var answer = StripeAnswers.Authorization(response);
        if (answer.Outcome == PaymentOutcome.Declined)
        {
            var intentId = response.Intent?.Id ?? response.Error?.PaymentIntent?.Id;
            _ = await records.DeclinedAsync(orderId, answer.DeclineCode!, intentId, ct).ConfigureAwait(false);
            return answer;
        }

        var paymentIntentId = answer.AuthorizationId!;
        if (await records.AuthorizedAsync(orderId, paymentIntentId, ct).ConfigureAwait(false))
        {
            return answer;
        }

        // Voided meanwhile: release this hold (a cancel racing nothing, as the order is not confirmed) and keep its id.
        _ = await intents.CancelAsync(orderId, paymentIntentId, ct).ConfigureAwait(false);
        _ = await records.SettledAsync(orderId, StripePaymentRecord.Pending, StripePaymentRecord.Voided, paymentIntentId, ct).ConfigureAwait(false);
        return new PaymentAuthorization(PaymentOutcome.Declined, null, PaymentDeclineCodes.Voided);
    }
}

using GitGoods.Domain.Common;
using GitGoods.Domain.Payments;
using static GitGoods.Adapters.Payments.Stripe.StripePaymentRecord;

namespace GitGoods.Adapters.Payments.Stripe;

/// <summary>
/// Void and capture by order id, from the record. Each decision is re-made from a fresh read when a conditional write
/// finds the record moved (a racing void, capture or authorisation), and Stripe itself serialises the two on the intent:
/// whichever of cancel and capture comes second is told the intent's state, so the record always ends in one truth.
/// </summary>
internal sealed class StripeSettlement(StripeAuthorizer authorizer, StripeIntentActions intents, StripePaymentRecords records)
{
    private const int MaxAttempts = 4;

    public async Task VoidAsync(string orderId, CancellationToken ct)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var record = await records.ReadAsync(orderId, ct).ConfigureAwait(false);
            switch (record?.Status)
            {
                case null when await records.TombstoneAsync(orderId, ct).ConfigureAwait(false) is null:
                    return; // nothing was ever sent: a late authorisation finds the tombstone and never calls Stripe
                case null:
                    continue; // an authorisation started meanwhile
                case Voided or Refunded or Declined:
                    return;
                case Pending:
                    // The authorisation's answer is unknown (in flight, or lost). Flag the record, so a call still in
                    // flight cancels its own hold, then repeat the call (same key and parameters): Stripe replays what the
                    // first one did, or does it now, and the authorizer cancels the hold it finds.
                    _ = await records.RequestVoidAsync(orderId, ct).ConfigureAwait(false);
                    _ = await authorizer.SendAsync(orderId, new Money(record.AmountMinor!.Value, record.Currency!), record.Token!, ct).ConfigureAwait(false);
                    continue;
                case Authorized when await intents.CancelAsync(orderId, record.PaymentIntentId!, ct).ConfigureAwait(false):
                    _ = await records.SettledAsync(orderId, Authorized, Voided, null, ct).ConfigureAwait(false);
                    continue;
                case Authorized or Captured:
                    // Captured (the order shipped as it was being cancelled): the money goes back.
                    await intents.RefundAsync(orderId, record.PaymentIntentId!, ct).ConfigureAwait(false);
                    _ = await records.SettledAsync(orderId, record.Status, Refunded, null, ct).ConfigureAwait(false);
                    continue;
                default:
                    throw new InvalidOperationException($"Unknown payment record status '{record.Status}'.");
            }
        }

        throw new PaymentUnavailableException("The payment record kept changing during the void; try again.");
    }

    public async Task<PaymentCapture> CaptureAsync(string orderId, CancellationToken ct)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var record = await records.ReadAsync(orderId, ct).ConfigureAwait(false);
            switch (record)
            {
                case null or { Status: Declined } or { Status: Pending, VoidRequested: false }:
                    return PaymentCapture.Refused(PaymentCaptureRefusals.NotAuthorized);
                case { Status: Captured }:
                    return PaymentCapture.Captured;
                case { Status: Authorized, PaymentIntentId: { } intentId }:
                    var capture = await intents.CaptureAsync(orderId, intentId, ct).ConfigureAwait(false);
                    var to = capture.Outcome == PaymentCaptureOutcome.Captured ? Captured : Voided;
                    if (await records.SettledAsync(orderId, Authorized, to, null, ct).ConfigureAwait(false) || string.Equals(to, Voided, StringComparison.Ordinal))
                    {
                        return capture;
                    }

                    continue; // a void refunded it meanwhile, or a twin capture recorded it: read what is there now
                default:
                    return PaymentCapture.Refused(PaymentCaptureRefusals.Voided);
            }
        }

        throw new PaymentUnavailableException("The payment record kept changing during the capture; try again.");
    }
}

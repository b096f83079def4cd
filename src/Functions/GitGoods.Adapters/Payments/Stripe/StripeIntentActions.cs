using GitGoods.Domain.Payments;

namespace GitGoods.Adapters.Payments.Stripe;

/// <summary>
/// Cancel, capture and refund of one PaymentIntent, with Stripe's "unexpected state" answers read as facts: cancelling an
/// intent that is already cancelled is done, one that was captured must be refunded; capturing a captured intent is done,
/// a cancelled one cannot be captured (voided, or expired when Stripe cancelled it itself).
/// </summary>
internal sealed class StripeIntentActions(StripeApiClient api)
{
    /// <summary>Releases the hold; false when the intent had been captured (then refund it).</summary>
    public async Task<bool> CancelAsync(string orderId, string paymentIntentId, CancellationToken ct)
    {
        var response = await api.CancelAsync(orderId, paymentIntentId, ct).ConfigureAwait(false);
        if (response.IsSuccess || response.IsUnexpectedState("canceled"))
        {
            return true;
        }

        return response.IsUnexpectedState("succeeded") ? false : throw Failure(response, "cancellation");
    }

    /// <summary>Takes the held amount; a refusal code when the intent is cancelled (voided or lapsed).</summary>
    public async Task<PaymentCapture> CaptureAsync(string orderId, string paymentIntentId, CancellationToken ct)
    {
        var response = await api.CaptureAsync(orderId, paymentIntentId, ct).ConfigureAwait(false);
        if (response.IsSuccess || response.IsUnexpectedState("succeeded"))
        {
            return PaymentCapture.Captured;
        }

        if (response.IsUnexpectedState("canceled"))
        {
            // Stripe cancels an uncaptured intent itself ("automatic") when the card hold lapses.
            return PaymentCapture.Refused(string.Equals(response.Error!.PaymentIntent!.CancellationReason, "automatic", StringComparison.Ordinal)
                ? PaymentCaptureRefusals.AuthorizationExpired
                : PaymentCaptureRefusals.Voided);
        }

        throw Failure(response, "capture");
    }

    /// <summary>Gives back a captured amount in full (a cancellation that raced a shipment).</summary>
    public async Task RefundAsync(string orderId, string paymentIntentId, CancellationToken ct)
    {
        var response = await api.RefundAsync(orderId, paymentIntentId, ct).ConfigureAwait(false);
        if (!response.IsSuccess && !string.Equals(response.Error?.Code, "charge_already_refunded", StringComparison.Ordinal))
        {
            throw Failure(response, "refund");
        }
    }

    private static Exception Failure(StripeResponse response, string what) =>
        response.IsTransient ? StripeAnswers.Unavailable(response, what) : StripeAnswers.Refused(response, what);
}

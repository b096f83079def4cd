namespace GitGoods.Domain.Payments;

/// <summary>
/// The payment provider behind a port, so the order workflow runs the same against the local simulator and a real
/// processor. Both calls are idempotent per order id (the provider-side idempotency key): a retried step gets the
/// answer of the first call and never a second authorisation.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>Places a hold for the order's amount (authorise only; <see cref="CaptureAsync"/> takes the money when it ships).</summary>
    /// <exception cref="PaymentUnavailableException">
    /// Transient failure or no answer in time: the hold may or may not exist. Retry; when giving up, void.
    /// </exception>
    /// <exception cref="PaymentConfigurationException">The provider refused our request itself (key, account, parameters): do not retry.</exception>
    Task<PaymentAuthorization> AuthorizeAsync(PaymentRequest request, CancellationToken ct);

    /// <summary>
    /// Releases the order's hold, whether or not an authorisation exists or ever arrives: an authorisation that reaches
    /// the provider after the void is refused. A payment already captured (a cancellation racing a shipment) is refunded
    /// in full, so after a void the shopper is never charged.
    /// </summary>
    /// <exception cref="PaymentUnavailableException">Transient failure: retry.</exception>
    /// <exception cref="PaymentConfigurationException">The provider refused our request itself: do not retry.</exception>
    Task VoidAsync(string orderId, CancellationToken ct);

    /// <summary>
    /// Takes the authorised amount (the order ships). Idempotent per order id: capturing again answers
    /// <see cref="PaymentCaptureOutcome.Captured"/> and takes nothing more. A definite refusal (no authorisation, voided,
    /// the hold expired) is a <see cref="PaymentCapture"/> with a <see cref="PaymentCaptureRefusals"/> code.
    /// </summary>
    /// <exception cref="PaymentUnavailableException">Transient failure or no answer in time: nothing is known; retry.</exception>
    /// <exception cref="PaymentConfigurationException">The provider refused our request itself: do not retry.</exception>
    Task<PaymentCapture> CaptureAsync(string orderId, CancellationToken ct);
}

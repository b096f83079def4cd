namespace GitGoods.Domain.Payments;

/// <summary>
/// The payment provider behind a port, so the order workflow runs the same against the local simulator and a real
/// processor. Both calls are idempotent per order id (the provider-side idempotency key): a retried step gets the
/// answer of the first call and never a second authorisation.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>Places a hold for the order's amount (authorise only, no capture).</summary>
    /// <exception cref="PaymentUnavailableException">
    /// Transient failure or no answer in time: the hold may or may not exist. Retry; when giving up, void.
    /// </exception>
    Task<PaymentAuthorization> AuthorizeAsync(PaymentRequest request, CancellationToken ct);

    /// <summary>
    /// Releases the order's hold, whether or not an authorisation exists or ever arrives: an authorisation that reaches
    /// the provider after the void is refused.
    /// </summary>
    /// <exception cref="PaymentUnavailableException">Transient failure: retry.</exception>
    Task VoidAsync(string orderId, CancellationToken ct);
}

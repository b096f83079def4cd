using System.Net.Http.Headers;
using GitGoods.Domain.Payments;
using Polly;
using Polly.Timeout;

namespace GitGoods.Adapters.Payments.Stripe;

/// <summary>
/// Stripe's HTTP API as the adapter uses it: form-encoded POSTs with the Bearer key, the pinned Stripe-Version and an
/// Idempotency-Key, run through <see cref="StripeResilience"/>. Transport failures and timeouts that survive the retries
/// become <see cref="PaymentUnavailableException"/>; the answers themselves are mapped by the callers.
/// </summary>
internal sealed class StripeApiClient(HttpClient http, IPaymentSecretKeySource keys, StripeOptions options, TimeProvider time)
{
    private readonly ResiliencePipeline<StripeResponse> _pipeline = StripeResilience.Build(options, time);

    /// <summary>Creates and confirms a PaymentIntent that only holds the amount (manual capture), cards only, no redirects.</summary>
    public Task<StripeResponse> AuthorizeAsync(string orderId, long amountMinor, string currency, string token, CancellationToken ct) =>
        PostAsync("v1/payment_intents", StripeIdempotencyKeys.Authorize(orderId),
        [
            new("amount", amountMinor.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("currency", currency.ToLowerInvariant()),
            new("payment_method", token),
            new("payment_method_types[]", "card"),
            new("confirm", "true"),
            new("capture_method", "manual"),
            // A card that asks for 3-D Secure is declined (authentication_required) instead of waiting for a browser that is gone.
            new("error_on_requires_action", "true"),
            new("metadata[order_id]", orderId),
        ], ct);

    public Task<StripeResponse> CancelAsync(string orderId, string paymentIntentId, CancellationToken ct) =>
        PostAsync($"v1/payment_intents/{Uri.EscapeDataString(paymentIntentId)}/cancel", StripeIdempotencyKeys.Cancel(orderId), [], ct);

    public Task<StripeResponse> CaptureAsync(string orderId, string paymentIntentId, CancellationToken ct) =>
        PostAsync($"v1/payment_intents/{Uri.EscapeDataString(paymentIntentId)}/capture", StripeIdempotencyKeys.Capture(orderId), [], ct);

    public Task<StripeResponse> RefundAsync(string orderId, string paymentIntentId, CancellationToken ct) =>
        PostAsync("v1/refunds", StripeIdempotencyKeys.Refund(orderId), [new("payment_intent", paymentIntentId)], ct);

    private async Task<StripeResponse> PostAsync(string path, string idempotencyKey, KeyValuePair<string, string>[] form, CancellationToken ct)
    {
        var key = await keys.GetAsync(ct).ConfigureAwait(false);
        var url = new Uri(options.BaseUrl, path);
        try
        {
            return await _pipeline.ExecuteAsync(async token =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
                request.Headers.Add("Idempotency-Key", idempotencyKey);
                request.Headers.Add("Stripe-Version", options.ApiVersion);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                var body = await response.Content.ReadAsStringAsync(token).ConfigureAwait(false);
                return new StripeResponse((int)response.StatusCode, body, ShouldRetry(response));
            }, ct).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException e)
        {
            throw new PaymentUnavailableException($"Stripe did not answer {path} in time; the outcome is unknown.", e);
        }
        catch (HttpRequestException e)
        {
            throw new PaymentUnavailableException($"Stripe could not be reached for {path} ({e.HttpRequestError}).", e);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new PaymentUnavailableException($"The call to Stripe for {path} was cut off; the outcome is unknown.", e);
        }
    }

    /// <summary>Stripe's <c>Stripe-Should-Retry</c> header, which its own client libraries honour over the status code.</summary>
    private static bool? ShouldRetry(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Stripe-Should-Retry", out var values)
            ? values.Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase))
            : null;
}

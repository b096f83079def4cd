using System.Text.Json;

namespace GitGoods.Adapters.Payments.Stripe;

/// <summary>One answer from Stripe, read whole inside the attempt's timeout: the status, the body, and Stripe's own retry hint.</summary>
internal sealed record StripeResponse(int StatusCode, string Body, bool? ShouldRetry)
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;

    /// <summary>429, 5xx, and 409 (a request with this key still running, or a lock timeout) may pass on a later try.</summary>
    public bool IsTransient => ShouldRetry ?? (StatusCode is 409 or 429 || StatusCode >= 500);

    public StripePaymentIntent? Intent => IsSuccess ? Parse(() => JsonSerializer.Deserialize(Body, StripeJsonContext.Default.StripePaymentIntent)) : null;

    public StripeError? Error => IsSuccess ? null : Parse(() => JsonSerializer.Deserialize(Body, StripeJsonContext.Default.StripeErrorEnvelope)?.Error);

    /// <summary>True for <c>payment_intent_unexpected_state</c> with the intent in <paramref name="status"/>.</summary>
    public bool IsUnexpectedState(string status) =>
        Error is { Code: "payment_intent_unexpected_state", PaymentIntent.Status: { } actual } && string.Equals(actual, status, StringComparison.Ordinal);

    /// <summary>What to say about a refused request: status, type, code and parameter; never Stripe's message text.</summary>
    public string Describe() => Error is { } e ? $"HTTP {StatusCode}, {e.Type}/{e.Code}{(e.Param is null ? "" : " on " + e.Param)}" : $"HTTP {StatusCode}";

    private static T? Parse<T>(Func<T?> parse)
        where T : class
    {
        try
        {
            return parse();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

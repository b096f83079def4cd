namespace GitGoods.Adapters.Payments.Stripe;

/// <summary>
/// Where and how the adapter calls Stripe. The budget fits a workflow step (10 s): at most <see cref="TotalTimeout"/> per
/// port call, each HTTP attempt at most <see cref="AttemptTimeout"/>, retried up to <see cref="MaxRetries"/> times on
/// transient answers (429, 5xx, 409 idempotency conflicts, network errors, timeouts) with the same Idempotency-Key.
/// </summary>
public sealed record StripeOptions
{
    /// <summary>The API's base URL; tests point it at a local server (PAYMENT_API_URL).</summary>
    public Uri BaseUrl { get; init; } = new("https://api.stripe.com/");

    /// <summary>The pinned API version (Stripe-Version header), so an account upgrade cannot change the answers under us.</summary>
    public string ApiVersion { get; init; } = "2024-06-20";

    /// <summary>One HTTP attempt, headers and body. A card authorisation usually answers in 1–2 s.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>The whole call, retries and waits included: below the step's 10 s timeout.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(8);

    public int MaxRetries { get; init; } = 2;

    /// <summary>First wait before a retry (exponential with jitter after that).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(300);
}

namespace GitGoods.Infrastructure.Payments;

/// <summary>
/// What the web site needs when checkout uses Stripe's card field: the <c>payment</c> entry of <c>/config.json</c>, and the
/// origins its Content-Security-Policy must allow (Stripe.js, its iframes, its API).
/// </summary>
public sealed record PaymentSiteSettings(string Provider, string PublishableKey)
{
    /// <summary>Stripe.js is loaded from here; its card field and 3-D Secure frames come from here and hooks.stripe.com.</summary>
    public const string StripeJs = "https://js.stripe.com";
    public const string StripeHooks = "https://hooks.stripe.com";

    /// <summary>Stripe.js sends the card details here (tokenisation), never to Git Goods.</summary>
    public const string StripeApi = "https://api.stripe.com";

    /// <summary>The <c>payment</c> object of config.json: the publishable key is public by design.</summary>
    public IReadOnlyDictionary<string, object> Config => new Dictionary<string, object>(StringComparer.Ordinal)
    {
        ["provider"] = Provider,
        ["publishableKey"] = PublishableKey,
    };

    public static IReadOnlyList<string> ScriptSources { get; } = [StripeJs];

    public static IReadOnlyList<string> FrameSources { get; } = [StripeJs, StripeHooks];

    public static IReadOnlyList<string> ConnectSources { get; } = [StripeApi];
}

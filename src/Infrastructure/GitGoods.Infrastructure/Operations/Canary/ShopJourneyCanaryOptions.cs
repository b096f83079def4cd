using Amazon.CDK.AWS.Cognito;

namespace GitGoods.Infrastructure.Operations.Canary;

/// <summary>What one region's <see cref="ShopJourneyCanary"/> watches, and as whom.</summary>
public sealed record ShopJourneyCanaryOptions
{
    /// <summary>
    /// The base the journey calls (<c>{BaseUrl}/api/...</c>): the region's own API endpoint (<c>HttpApi.ApiEndpoint</c>),
    /// so each region's canary measures that region's API from the outside, whichever region CloudFront would pick.
    /// An https URL, or a token that resolves to one.
    /// </summary>
    public required string BaseUrl { get; init; }

    /// <summary>
    /// The SSM String parameter holding the <c>x-origin-verify</c> value the API expects (the parameter CloudFront's value
    /// comes from: <c>OriginVerification.CurrentParameter</c>). The canary reads it on every run, so a rotation needs no deploy.
    /// </summary>
    public required string OriginVerifyParameterName { get; init; }

    /// <summary>
    /// The parameter version the functions were deployed with (the <c>originVerifyCurrentVersion</c> context key), so a
    /// rotation's new value, written before its deploy, is not sent before the functions accept it; null reads the latest.
    /// </summary>
    public int? OriginVerifyParameterVersion { get; init; }

    /// <summary>The pool the canary shopper lives in; the canary may create that one user and set its password.</summary>
    public required IUserPool UserPool { get; init; }

    /// <summary>The app client the shopper signs in with (USER_PASSWORD_AUTH, as the SPA's client allows).</summary>
    public required IUserPoolClient UserPoolClient { get; init; }

    /// <summary>Which region's canary this is (<c>primary</c>, <c>standby</c>): lower-case letters, digits, hyphens. Part of the names.</summary>
    public required string RegionLabel { get; init; }

    /// <summary>The canary's name is <c>{NamePrefix}-{RegionLabel}</c>, at most 21 characters (Synthetics names its Lambda function after it).</summary>
    public string NamePrefix { get; init; } = "gg-journey";

    /// <summary>The canary shopper's e-mail (its username); default <c>canary-{RegionLabel}@example.com</c>, an address that receives nothing.</summary>
    public string? ShopperEmail { get; init; }

    /// <summary>The shipping phone of the canary's orders, which receives each confirmation SMS; default the journey's fictional number.</summary>
    public string? ShippingPhone { get; init; }

    /// <summary>
    /// True where the payment processor is live and so declines the test card: an order REJECTED with PAYMENT_DECLINED
    /// then passes (the rest of the journey is still checked). Default false: only CONFIRMED passes.
    /// </summary>
    public bool AcceptDeclinedPayment { get; init; }

    /// <summary>The folder holding <c>nodejs/node_modules/shop-journey-canary.js</c>; default <see cref="ShopJourneyCanary.DefaultCodeDirectory"/> under the repository root.</summary>
    public string? CodeDirectory { get; init; }
}

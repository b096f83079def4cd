using Amazon.CDK;
using Amazon.CDK.AWS.CloudFront;

using Constructs;

using GitGoods.Infrastructure.Payments;

namespace GitGoods.Infrastructure.Hosting;

/// <summary>
/// The response-headers policy of every behaviour (pages, assets and API): HSTS, nosniff, no framing, a referrer
/// policy, and a Content-Security-Policy that lets the SPA load only its own files and talk only to its own origin
/// (<c>/api</c>) and to Cognito's endpoint. Images may be any https URL (sellers give absolute image URLs) or data:.
/// </summary>
public sealed class SiteSecurityHeaders : Construct
{
    /// <param name="payment">With Stripe's card field: its script, frame and API origins are allowed too (and only then).</param>
    /// <param name="imageUploadOrigin">The image bucket's origin, which the seller form PUTs pre-signed uploads to (decision 0034).</param>
    public SiteSecurityHeaders(Construct scope, string id, PaymentSiteSettings? payment = null, string? imageUploadOrigin = null)
        : base(scope, id)
    {
        ContentSecurityPolicy = ContentSecurityPolicyFor(CognitoEndpointOrigin(Stack.Of(this).Region), payment, imageUploadOrigin);
        Policy = new ResponseHeadersPolicy(this, "Policy", new ResponseHeadersPolicyProps
        {
            Comment = "Git Goods: security headers of the shop's pages and API.",
            SecurityHeadersBehavior = new ResponseSecurityHeadersBehavior
            {
                StrictTransportSecurity = new ResponseHeadersStrictTransportSecurity
                {
                    AccessControlMaxAge = Duration.Days(730),
                    IncludeSubdomains = true,
                    Override = true,
                },
                ContentTypeOptions = new ResponseHeadersContentTypeOptions { Override = true },
                FrameOptions = new ResponseHeadersFrameOptions { FrameOption = HeadersFrameOption.DENY, Override = true },
                ReferrerPolicy = new ResponseHeadersReferrerPolicy
                {
                    ReferrerPolicy = HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
                    Override = true,
                },
                ContentSecurityPolicy = new ResponseHeadersContentSecurityPolicy
                {
                    ContentSecurityPolicy = ContentSecurityPolicy,
                    Override = true,
                },
            },
        });
    }

    public ResponseHeadersPolicy Policy { get; }

    /// <summary>The Content-Security-Policy value (holds the region token when the stack is environment-agnostic).</summary>
    public string ContentSecurityPolicy { get; }

    /// <summary>Cognito's user pool API of the region: where the SPA signs in.</summary>
    public static string CognitoEndpointOrigin(string region) => $"https://cognito-idp.{region}.amazonaws.com";

    public static string ContentSecurityPolicyFor(string cognitoOrigin, PaymentSiteSettings? payment = null, string? imageUploadOrigin = null)
    {
        var stripe = payment is not null;
        var frames = stripe ? $"frame-src {string.Join(' ', PaymentSiteSettings.FrameSources)}; " : "";
        return $"default-src 'self'; script-src 'self'{Extra(stripe, PaymentSiteSettings.ScriptSources)}; style-src 'self'; img-src 'self' data: https:; {frames}"
            + $"connect-src 'self' {cognitoOrigin}{(imageUploadOrigin is null ? "" : " " + imageUploadOrigin)}{Extra(stripe, PaymentSiteSettings.ConnectSources)}; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    private static string Extra(bool stripe, IReadOnlyList<string> sources) => stripe ? " " + string.Join(' ', sources) : "";
}

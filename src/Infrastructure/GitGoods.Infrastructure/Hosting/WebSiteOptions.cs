using Amazon.CDK.AWS.Apigatewayv2;

using GitGoods.Infrastructure.Payments;
using GitGoods.Infrastructure.Security;

namespace GitGoods.Infrastructure.Hosting;

/// <summary>What the site needs from the rest of the stack: the SPA's files, the API it fronts, and the user pool the SPA signs in to.</summary>
public sealed record WebSiteOptions
{
    public required WebAsset Assets { get; init; }

    /// <summary>Served at <c>/api/*</c> of the same origin.</summary>
    public required IHttpApi Api { get; init; }

    public required string UserPoolId { get; init; }

    /// <summary>The SPA's app client (no secret).</summary>
    public required string UserPoolClientId { get; init; }

    /// <summary>The secret header the API origin adds, so the functions can refuse requests that went around CloudFront.</summary>
    public required OriginVerification OriginVerification { get; init; }

    /// <summary>The site's own domain and certificate; null for the distribution's <c>*.cloudfront.net</c> name.</summary>
    public SiteDomain? Domain { get; init; }

    /// <summary>An AWS WAF web ACL (scope CLOUDFRONT, so created in us-east-1) to attach; none when null.</summary>
    public string? WebAclArn { get; init; }

    /// <summary>
    /// The host name CloudFront sends <c>/api/*</c> to, instead of <see cref="Api"/>'s own execute-api name: the failover
    /// name that Route 53 points at the healthy region, or the standby's API after a manual failover (docs/runbooks/failover.md).
    /// </summary>
    public string? ApiOriginDomain { get; init; }

    /// <summary>The image bucket's origin, allowed in the pages' connect-src for pre-signed uploads (decision 0034); none when null.</summary>
    public string? ImageUploadOrigin { get; init; }

    /// <summary>Stripe's card field at checkout (config.json's <c>payment</c>, CSP origins); null keeps the test cards.</summary>
    public PaymentSiteSettings? Payment { get; init; }

    /// <summary>The managed platforms the seller's form offers (config.json's <c>platforms</c>; decision 0033).</summary>
    public GitGoods.Domain.Catalog.Platforms.ManagedPlatforms Platforms { get; init; } = GitGoods.Domain.Catalog.Platforms.ManagedPlatforms.Default;
}

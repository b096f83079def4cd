using Amazon.CDK;
using Amazon.CDK.AWS.CertificateManager;
using Amazon.CDK.AWS.CloudFront;
using Amazon.CDK.AWS.CloudFront.Origins;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.S3.Deployment;

using Constructs;

using GitGoods.Identity;

namespace GitGoods.Infrastructure.Hosting;

/// <summary>
/// The shop's web site: the SPA in a private S3 bucket behind one CloudFront distribution, which also routes
/// <c>/api/*</c> to the HTTP API, so the SPA calls its own origin (no CORS) and one domain serves both. Client routes
/// reach index.html through <see cref="SpaRoutingFunction"/> on the default behaviour only (decision 0012).
/// <c>/config.json</c> is written at deploy time with the deployed user pool and the site's own URL. The API origin
/// carries the origin-verify header (<see cref="Security.OriginVerification"/>); the site answers on its own domain
/// when one is configured (<see cref="SiteDomain"/>), and WAF filters in front when a web ACL is given (decision 0018).
/// </summary>
public sealed class WebSiteConstruct : Construct
{
    public const string ApiPathPattern = "/api/*";
    public const string ConfigFile = "config.json";

    public WebSiteConstruct(Construct scope, string id, WebSiteOptions options)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stack = Stack.Of(this);
        // Only build output lives here, and every deploy writes it again. Retained on stack deletion without an
        // auto-delete custom resource (as the canary's artifacts bucket): that resource was three of the main stack's
        // 500 (a custom resource, its function and role), and one more function with delete rights.
        Bucket = new Bucket(this, "Bucket", new BucketProps
        {
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            EnforceSSL = true,
            MinimumTLSVersion = 1.2,
            Encryption = BucketEncryption.S3_MANAGED,
            ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED,
            RemovalPolicy = RemovalPolicy.RETAIN,
        });
        Routing = new SpaRoutingFunction(this, "SpaRouting");
        SecurityHeaders = new SiteSecurityHeaders(this, "SecurityHeaders", options.Payment, options.ImageUploadOrigin);
        CatalogueCaching = new CatalogueEdgeCaching(this, "CatalogueCaching");

        Distribution = CreateDistribution(options);
        Url = options.Domain?.Origin ?? "https://" + Distribution.DistributionDomainName;
        var config = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            // The SPA calls its own origin: /api/* of this distribution is the HTTP API.
            ["apiBaseUrl"] = Url,
            ["region"] = stack.Region,
            ["userPoolId"] = options.UserPoolId,
            ["userPoolClientId"] = options.UserPoolClientId,
            ["cognitoEndpoint"] = SiteSecurityHeaders.CognitoEndpointOrigin(stack.Region) + "/",
            // The user pool's policy, so the sign-up form refuses what Cognito would refuse.
            ["passwordPolicy"] = PasswordPolicyConfig.Shop.ToConfigValues(),
            // The managed platforms, the same list the product functions check (SHOP_PLATFORMS).
            ["platforms"] = options.Platforms.Names.ToArray(),
        };
        if (options.Payment is { } payment)
        {
            // Checkout shows Stripe's card field with this public key; without it, the test cards (the simulator).
            config["payment"] = payment.Config;
        }

        Config = config;
        Deploy(options.Assets);
    }

    public Bucket Bucket { get; }

    public Distribution Distribution { get; }

    public SpaRoutingFunction Routing { get; }

    public SiteSecurityHeaders SecurityHeaders { get; }

    /// <summary>The public catalogue reads' behaviours and cache policies (decision 0032).</summary>
    public CatalogueEdgeCaching CatalogueCaching { get; }

    /// <summary>The site's URL: its own domain, else the distribution's (the API is under <c>/api</c>).</summary>
    public string Url { get; }

    /// <summary>What <c>/config.json</c> holds (deploy-time values as tokens).</summary>
    public IReadOnlyDictionary<string, object> Config { get; }

    private Distribution CreateDistribution(WebSiteOptions options)
    {
        var stack = Stack.Of(this);
        var apiOrigin = new HttpOrigin(options.ApiOriginDomain ?? $"{options.Api.ApiId}.execute-api.{stack.Region}.{stack.UrlSuffix}", new HttpOriginProps
        {
            ProtocolPolicy = OriginProtocolPolicy.HTTPS_ONLY,
            OriginSslProtocols = [OriginSslPolicy.TLS_V1_2],
            // Overrides a viewer's header of the same name; the value is a dynamic reference, resolved at deploy time.
            CustomHeaders = new Dictionary<string, string>(StringComparer.Ordinal) { [Security.OriginVerification.HeaderName] = options.OriginVerification.HeaderValue },
        });
        return new Distribution(this, "Distribution", new DistributionProps
        {
            Comment = "Git Goods shop: SPA and /api",
            DefaultRootObject = "index.html",
            HttpVersion = HttpVersion.HTTP2_AND_3,
            WebAclId = options.WebAclArn is { } acl ? CloudFrontWebAcl.Require(acl) : null,
            DomainNames = options.Domain is { } domain ? [domain.DomainName] : null,
            Certificate = options.Domain is { } site ? Certificate.FromCertificateArn(this, "SiteCertificate", site.CertificateArn) : null,
            DefaultBehavior = new BehaviorOptions
            {
                Origin = S3BucketOrigin.WithOriginAccessControl(Bucket),
                ViewerProtocolPolicy = ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
                AllowedMethods = AllowedMethods.ALLOW_GET_HEAD,
                Compress = true,
                CachePolicy = CachePolicy.CACHING_OPTIMIZED,
                ResponseHeadersPolicy = SecurityHeaders.Policy,
                FunctionAssociations = [Routing.ViewerRequest],
            },
            AdditionalBehaviors = ApiBehaviours(apiOrigin),
        });
    }

    /// <summary>
    /// The catalogue's cached reads first (CloudFront tries behaviours in order), then the rest of the API. Nothing else
    /// of the API is cached: responses depend on the caller's token. With caching disabled, the all-viewer policy
    /// forwards Authorization (and every other header but Host) to API Gateway.
    /// </summary>
    private Dictionary<string, IBehaviorOptions> ApiBehaviours(HttpOrigin apiOrigin)
    {
        var behaviours = new Dictionary<string, IBehaviorOptions>(StringComparer.Ordinal);
        foreach (var (pattern, behaviour) in CatalogueCaching.Behaviours(apiOrigin, SecurityHeaders.Policy))
        {
            behaviours[pattern] = behaviour;
        }

        behaviours[ApiPathPattern] = new BehaviorOptions
        {
            Origin = apiOrigin,
            ViewerProtocolPolicy = ViewerProtocolPolicy.HTTPS_ONLY,
            AllowedMethods = AllowedMethods.ALLOW_ALL,
            CachePolicy = CachePolicy.CACHING_DISABLED,
            OriginRequestPolicy = OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
            ResponseHeadersPolicy = SecurityHeaders.Policy,
        };
        return behaviours;
    }

    /// <summary>
    /// Two deployments. Hashed files under assets/ first, cached for a year and never pruned (a tab still running the
    /// previous build may load its lazy chunks). Then everything else (index.html, config.json, favicon...), revalidated
    /// on every use and pruned (assets/ excluded from it), and the distribution invalidated: a new index.html goes live
    /// only after the files it names exist.
    /// </summary>
    private void Deploy(WebAsset assets)
    {
        var hashed = new BucketDeployment(this, "HashedAssets", new BucketDeploymentProps
        {
            DestinationBucket = Bucket,
            Sources = [assets.Source()],
            Exclude = ["*"],
            Include = ["assets/*"],
            CacheControl = [CacheControl.SetPublic(), CacheControl.MaxAge(Duration.Days(365)), CacheControl.Immutable()],
            Prune = false,
            MemoryLimit = 512,
        });
        var pages = new BucketDeployment(this, "Pages", new BucketDeploymentProps
        {
            DestinationBucket = Bucket,
            Sources = [assets.Source(), Source.JsonData(ConfigFile, Config)],
            Exclude = ["assets/*"],
            CacheControl = [CacheControl.NoCache()],
            Prune = true,
            MemoryLimit = 512,
            Distribution = Distribution,
            DistributionPaths = ["/*"],
        });
        pages.Node.AddDependency(hashed);
    }
}

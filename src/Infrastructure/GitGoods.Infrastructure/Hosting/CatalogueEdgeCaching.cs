using Amazon.CDK;
using Amazon.CDK.AWS.CloudFront;

using Constructs;

using GitGoods.Domain.Catalog.Freshness;

namespace GitGoods.Infrastructure.Hosting;

/// <summary>
/// CloudFront's share of the catalogue's freshness budget (<see cref="CatalogFreshness"/>, decision 0032): the public
/// catalogue reads get their own behaviours, ahead of <c>/api/*</c> (which caches nothing, since its answers depend on
/// the caller's token). Their cache policies honour the origin's <c>Cache-Control</c> (minimum and default TTL 0: a
/// response without one is not cached) and cap it at the route's budget: 1 s for a product page, 5 s for listings,
/// search and platforms. The cache key is the path and every query value, nothing else: these routes answer
/// everyone alike, so no header, cookie or token is forwarded. GET and HEAD only; any other method there is refused by
/// CloudFront rather than sent on without the caller's token.
/// </summary>
public sealed class CatalogueEdgeCaching : Construct
{
    public const string ProductPathPattern = "/api/products/*";
    public const string ListingPathPattern = "/api/products";
    public const string PlatformsPathPattern = "/api/platforms";

    public CatalogueEdgeCaching(Construct scope, string id)
        : base(scope, id)
    {
        ProductPolicy = Policy("Product", "product page: stock at most 5 s old", CatalogFreshness.ProductPage);
        ListingPolicy = Policy("Listing", "listings, search and platforms: at most 30 s old", CatalogFreshness.Listings);
    }

    public CachePolicy ProductPolicy { get; }

    public CachePolicy ListingPolicy { get; }

    /// <summary>The catalogue's behaviours, in the order CloudFront must try them (before <c>/api/*</c>).</summary>
    public IEnumerable<KeyValuePair<string, IBehaviorOptions>> Behaviours(IOrigin apiOrigin, IResponseHeadersPolicy headers) =>
    [
        new(ProductPathPattern, Behaviour(apiOrigin, headers, ProductPolicy)),
        new(ListingPathPattern, Behaviour(apiOrigin, headers, ListingPolicy)),
        new(PlatformsPathPattern, Behaviour(apiOrigin, headers, ListingPolicy)),
    ];

    private CachePolicy Policy(string id, string what, FreshnessBudget budget) => new(this, id, new CachePolicyProps
    {
        Comment = $"Git Goods catalogue, {what}: honours the origin's max-age up to {budget.CloudFrontMaxTtl.TotalSeconds} s.",
        MinTtl = Duration.Seconds(0),
        DefaultTtl = Duration.Seconds(0),
        MaxTtl = Duration.Seconds(budget.CloudFrontMaxTtl.TotalSeconds),
        QueryStringBehavior = CacheQueryStringBehavior.All(),
        HeaderBehavior = CacheHeaderBehavior.None(),
        CookieBehavior = CacheCookieBehavior.None(),
        EnableAcceptEncodingGzip = true,
        EnableAcceptEncodingBrotli = true,
    });

    private static BehaviorOptions Behaviour(IOrigin apiOrigin, IResponseHeadersPolicy headers, CachePolicy policy) => new()
    {
        Origin = apiOrigin,
        ViewerProtocolPolicy = ViewerProtocolPolicy.HTTPS_ONLY,
        AllowedMethods = AllowedMethods.ALLOW_GET_HEAD,
        CachedMethods = CachedMethods.CACHE_GET_HEAD,
        Compress = true,
        CachePolicy = policy,
        ResponseHeadersPolicy = headers,
    };
}

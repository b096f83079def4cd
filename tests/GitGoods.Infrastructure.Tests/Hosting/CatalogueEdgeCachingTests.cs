using System.Text.Json;

using Amazon.CDK.AWS.CloudFront;

using GitGoods.Infrastructure.Hosting;

namespace GitGoods.Infrastructure.Tests.Hosting;

/// <summary>
/// CloudFront's share of the catalogue's freshness budget (decision 0032): the public reads are cached at the edge,
/// honouring the origin's Cache-Control up to 1 s (product page) or 5 s (listings, search, platforms), keyed on the
/// path and query only, and tried before /api/*, which caches nothing.
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class CatalogueEdgeCachingTests(SynthesizedGitGoods stack)
{
    [Fact]
    public void CatalogueBehaviours_ComeBeforeTheApi_InThisOrder()
    {
        // The seller images' path (ProductImageBucketTests) is beside these and overlaps none of them.
        Behaviours().Select(b => b.GetProperty("PathPattern").GetString()).Where(p => p!.StartsWith("/api", StringComparison.Ordinal))
            .Should().Equal("/api/products/*", "/api/products", "/api/platforms", "/api/*");
    }

    [Theory]
    [InlineData("/api/products/*", 1)]
    [InlineData("/api/products", 5)]
    [InlineData("/api/platforms", 5)]
    public void EachCatalogueRead_HonoursTheOriginsMaxAge_UpToItsShareOfTheBound(string pattern, int maxTtlSeconds)
    {
        var behaviour = Behaviours().Single(b => b.GetProperty("PathPattern").GetString() == pattern);
        var policy = Policy(behaviour.GetProperty("CachePolicyId"));

        policy.GetProperty("MinTTL").GetDouble().Should().Be(0, "no floor over the origin's max-age");
        policy.GetProperty("DefaultTTL").GetDouble().Should().Be(0, "a response without Cache-Control is not cached");
        policy.GetProperty("MaxTTL").GetDouble().Should().Be(maxTtlSeconds);
        var key = policy.GetProperty("ParametersInCacheKeyAndForwardedToOrigin");
        key.GetProperty("QueryStringsConfig").GetProperty("QueryStringBehavior").GetString().Should().Be("all");
        key.GetProperty("HeadersConfig").GetProperty("HeaderBehavior").GetString().Should().Be("none", "no token reaches these public reads");
        key.GetProperty("CookiesConfig").GetProperty("CookieBehavior").GetString().Should().Be("none");
        behaviour.GetProperty("AllowedMethods").EnumerateArray().Select(m => m.GetString()).Should().BeEquivalentTo(["GET", "HEAD"]);
        behaviour.TryGetProperty("OriginRequestPolicyId", out _).Should().BeFalse();
        behaviour.GetProperty("TargetOriginId").GetString().Should().Be(Api().GetProperty("TargetOriginId").GetString());
    }

    [Fact]
    public void TheRestOfTheApi_IsNeverCachedAtTheEdge()
    {
        Api().GetProperty("CachePolicyId").GetString().Should().Be(CachePolicy.CACHING_DISABLED.CachePolicyId);
    }

    private List<JsonElement> Behaviours() =>
        [.. stack.Resources("AWS::CloudFront::Distribution").Values.Single().GetProperty("Properties").GetProperty("DistributionConfig")
            .GetProperty("CacheBehaviors").EnumerateArray()];

    private JsonElement Api() => Behaviours().Single(b => b.GetProperty("PathPattern").GetString() == WebSiteConstruct.ApiPathPattern);

    private JsonElement Policy(JsonElement reference)
    {
        var id = reference.GetProperty("Ref").GetString()!;
        return stack.Resources("AWS::CloudFront::CachePolicy")[id].GetProperty("Properties").GetProperty("CachePolicyConfig");
    }
}

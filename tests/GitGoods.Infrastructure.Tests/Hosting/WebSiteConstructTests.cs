using System.Text.Json;

using Amazon.CDK;
using Amazon.CDK.Assertions;
using Amazon.CDK.AWS.CloudFront;

using GitGoods.Infrastructure.Hosting;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Hosting;

[Collection(SharedSynthesis.Name)]
public sealed class WebSiteConstructTests(SynthesizedGitGoods stack)
{
    [Fact]
    public void Bucket_IsPrivate_Encrypted_AndRefusesPlainHttp()
    {
        var bucket = stack.LogicalId(stack.Stack.Web!.Bucket);

        stack.Template.HasResourceProperties("AWS::S3::Bucket", Props(
            ("PublicAccessBlockConfiguration", Props(
                ("BlockPublicAcls", true), ("BlockPublicPolicy", true), ("IgnorePublicAcls", true), ("RestrictPublicBuckets", true))),
            ("BucketEncryption", Props(("ServerSideEncryptionConfiguration", new object[]
            {
                Props(("ServerSideEncryptionByDefault", Props(("SSEAlgorithm", "AES256")))),
            }))),
            ("OwnershipControls", Props(("Rules", new object[] { Props(("ObjectOwnership", "BucketOwnerEnforced")) })))));
        BucketStatements(bucket).Should().Contain(s =>
            s.GetProperty("Effect").GetString() == "Deny"
            && s.GetProperty("Condition").GetProperty("Bool").GetProperty("aws:SecureTransport").GetString() == "false");
        BucketStatements(bucket).Should().NotContain(s =>
            s.GetProperty("Effect").GetString() == "Allow" && s.GetProperty("Principal").ToString().Contains("\"*\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Bucket_IsReadByThisDistributionOnly_ThroughOriginAccessControl()
    {
        var bucket = stack.LogicalId(stack.Stack.Web!.Bucket);
        var distribution = stack.LogicalId(stack.Stack.Web!.Distribution);

        // The site's and the product images' (ProductImageBucketTests).
        stack.Template.ResourceCountIs("AWS::CloudFront::OriginAccessControl", 2);
        stack.Template.HasResourceProperties("AWS::CloudFront::OriginAccessControl", Props(("OriginAccessControlConfig", Match.ObjectLike(Props(
            ("OriginAccessControlOriginType", "s3"), ("SigningBehavior", "always"), ("SigningProtocol", "sigv4"))))));
        var grant = BucketStatements(bucket).Single(s =>
            s.GetProperty("Effect").GetString() == "Allow" && s.GetProperty("Principal").TryGetProperty("Service", out var service)
            && service.GetString() == "cloudfront.amazonaws.com");
        grant.GetProperty("Action").GetString().Should().Be("s3:GetObject");
        grant.GetProperty("Condition").GetProperty("StringEquals").GetProperty("AWS:SourceArn").Compact()
            .Should().Contain(":distribution/").And.Contain($"\"Ref\":\"{distribution}\"");
        var s3Origin = Origin(Config().GetProperty("DefaultCacheBehavior").GetProperty("TargetOriginId").GetString()!);
        s3Origin.GetProperty("OriginAccessControlId").Compact().Should().Contain("OriginAccessControl");
        s3Origin.GetProperty("S3OriginConfig").GetProperty("OriginAccessIdentity").GetString().Should().BeEmpty();
    }

    [Fact]
    public void DefaultBehaviour_ServesTheBucket_OverHttps_Compressed_WithTheRoutingFunction()
    {
        var behaviour = Config().GetProperty("DefaultCacheBehavior");
        var function = stack.LogicalId(stack.Stack.Web!.Routing.Function);

        Config().GetProperty("DefaultRootObject").GetString().Should().Be("index.html");
        behaviour.GetProperty("ViewerProtocolPolicy").GetString().Should().Be("redirect-to-https");
        behaviour.GetProperty("Compress").GetBoolean().Should().BeTrue();
        behaviour.GetProperty("CachePolicyId").GetString().Should().Be(CachePolicy.CACHING_OPTIMIZED.CachePolicyId);
        Origin(behaviour.GetProperty("TargetOriginId").GetString()!).TryGetProperty("S3OriginConfig", out _).Should().BeTrue();
        var association = behaviour.GetProperty("FunctionAssociations").EnumerateArray().Should().ContainSingle().Subject;
        association.GetProperty("EventType").GetString().Should().Be("viewer-request");
        association.GetProperty("FunctionARN").Compact().Should().Contain($"\"{function}\"");
        stack.Template.HasResourceProperties("AWS::CloudFront::Function", Props(
            ("FunctionConfig", Match.ObjectLike(Props(("Runtime", "cloudfront-js-2.0")))),
            ("FunctionCode", SpaRoutingFunction.Code)));
    }

    [Fact]
    public void SiteBucket_IsRetained_WithNoAutoDeleteFunction()
    {
        stack.Template.ResourceCountIs("Custom::S3AutoDeleteObjects", 0);
        var site = stack.Resources("AWS::S3::Bucket")[stack.LogicalId(stack.Stack.Web!.Bucket)];
        site.GetProperty("DeletionPolicy").GetString().Should().Be("Retain");
        site.GetProperty("UpdateReplacePolicy").GetString().Should().Be("Retain");
    }

    [Fact]
    public void ApiBehaviour_GoesToTheHttpApi_OverHttps_AllMethods_NothingCached_TheRoutingFunctionNever()
    {
        var api = stack.LogicalId(stack.Stack.Api.Api);
        // The catalogue's cached reads come before /api/* (CatalogueEdgeCachingTests), which catches the rest of the API.
        var patterns = Config().GetProperty("CacheBehaviors").EnumerateArray().Select(b => b.GetProperty("PathPattern").GetString()).ToList();
        patterns.Should().BeEquivalentTo([CatalogueEdgeCaching.ProductPathPattern, CatalogueEdgeCaching.ListingPathPattern,
            CatalogueEdgeCaching.PlatformsPathPattern, "/api/*", ProductImageBucket.PathPattern]);
        patterns.IndexOf("/api/*").Should().BeGreaterThan(patterns.IndexOf(CatalogueEdgeCaching.PlatformsPathPattern))
            .And.BeGreaterThan(patterns.IndexOf(CatalogueEdgeCaching.ProductPathPattern));
        var behaviour = Config().GetProperty("CacheBehaviors").EnumerateArray().Single(b => b.GetProperty("PathPattern").GetString() == "/api/*");

        behaviour.GetProperty("AllowedMethods").EnumerateArray().Select(m => m.GetString())
            .Should().BeEquivalentTo(["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"]);
        behaviour.GetProperty("CachePolicyId").GetString().Should().Be(CachePolicy.CACHING_DISABLED.CachePolicyId);
        behaviour.GetProperty("OriginRequestPolicyId").GetString().Should().Be(OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.OriginRequestPolicyId);
        behaviour.GetProperty("ViewerProtocolPolicy").GetString().Should().Be("https-only");
        behaviour.TryGetProperty("FunctionAssociations", out _).Should().BeFalse();
        var origin = Origin(behaviour.GetProperty("TargetOriginId").GetString()!);
        origin.GetProperty("CustomOriginConfig").GetProperty("OriginProtocolPolicy").GetString().Should().Be("https-only");
        var domain = origin.GetProperty("DomainName").GetProperty("Fn::Join")[1].Compact();
        domain.Should().Contain($"{{\"Ref\":\"{api}\"}},\".execute-api.{stack.Stack.Region}.\",{{\"Ref\":\"AWS::URLSuffix\"}}");
    }

    [Fact]
    public void Distribution_HasNoErrorResponses_SoApiErrorsAreNeverRewrittenToTheSpa()
    {
        Config().TryGetProperty("CustomErrorResponses", out _).Should().BeFalse();
    }

    [Fact]
    public void EveryBehaviour_SendsTheSecurityHeaders()
    {
        var policy = stack.LogicalId(stack.Stack.Web!.SecurityHeaders.Policy);
        var behaviours = Config().GetProperty("CacheBehaviors").EnumerateArray().Append(Config().GetProperty("DefaultCacheBehavior"));

        behaviours.Select(b => b.GetProperty("ResponseHeadersPolicyId").Compact()).Should().AllBe($"{{\"Ref\":\"{policy}\"}}");
        stack.Template.HasResourceProperties("AWS::CloudFront::ResponseHeadersPolicy", Props(("ResponseHeadersPolicyConfig", Match.ObjectLike(Props(
            ("SecurityHeadersConfig", Props(
                ("StrictTransportSecurity", Props(("AccessControlMaxAgeSec", 63072000), ("IncludeSubdomains", true), ("Override", true))),
                ("ContentTypeOptions", Props(("Override", true))),
                ("FrameOptions", Props(("FrameOption", "DENY"), ("Override", true))),
                ("ReferrerPolicy", Props(("ReferrerPolicy", "strict-origin-when-cross-origin"), ("Override", true))),
                ("ContentSecurityPolicy", Props(("ContentSecurityPolicy", Match.AnyValue()), ("Override", true))))))))));
    }

    [Fact]
    public void ContentSecurityPolicy_AllowsOnlyTheSiteAndCognito()
    {
        var csp = SiteSecurityHeaders.ContentSecurityPolicyFor(SiteSecurityHeaders.CognitoEndpointOrigin("ap-southeast-1"));

        csp.Should().Contain("default-src 'self'").And.Contain("script-src 'self';").And.Contain("style-src 'self';")
            .And.Contain("connect-src 'self' https://cognito-idp.ap-southeast-1.amazonaws.com;").And.Contain("frame-ancestors 'none'")
            .And.NotContain("unsafe-inline").And.NotContain("unsafe-eval");
    }

    [Fact]
    public void HashedAssets_AreDeployedFirst_CachedForAYear_AndNeverPruned()
    {
        var (hashed, _) = Deployments();

        hashed.GetProperty("Include").EnumerateArray().Select(i => i.GetString()).Should().Equal("assets/*");
        hashed.GetProperty("Exclude").EnumerateArray().Select(i => i.GetString()).Should().Equal("*");
        hashed.GetProperty("Prune").GetBoolean().Should().BeFalse();
        hashed.GetProperty("SystemMetadata").GetProperty("cache-control").GetString().Should().Be("public, max-age=31536000, immutable");
    }

    [Fact]
    public void Pages_AreRevalidated_PrunedOutsideAssets_AndInvalidateTheDistribution_AfterTheAssets()
    {
        var distribution = stack.LogicalId(stack.Stack.Web!.Distribution);
        var (_, pages) = Deployments();
        var pagesResource = stack.Resources("Custom::CDKBucketDeployment").Single(d => d.Value.GetProperty("Properties").GetProperty("Prune").GetBoolean());
        var hashedId = stack.Resources("Custom::CDKBucketDeployment").Single(d => !d.Value.GetProperty("Properties").GetProperty("Prune").GetBoolean()).Key;

        pages.GetProperty("Exclude").EnumerateArray().Select(i => i.GetString()).Should().Equal("assets/*");
        pages.GetProperty("SystemMetadata").GetProperty("cache-control").GetString().Should().Be("no-cache");
        pages.GetProperty("DistributionId").Compact().Should().Be($"{{\"Ref\":\"{distribution}\"}}");
        pages.GetProperty("DistributionPaths").EnumerateArray().Select(p => p.GetString()).Should().Equal("/*");
        pagesResource.Value.GetProperty("DependsOn").EnumerateArray().Select(d => d.GetString()).Should().Contain(hashedId);
    }

    [Fact]
    public void ConfigJson_NamesTheDeployedUserPool_AndTheSiteAsTheApi()
    {
        var pool = stack.LogicalId(stack.Stack.Users.UserPool);
        var client = stack.LogicalId(stack.Stack.Users.SpaClient);
        var distribution = stack.LogicalId(stack.Stack.Web!.Distribution);
        var (_, pages) = Deployments();
        var keys = pages.GetProperty("SourceObjectKeys").EnumerateArray().Select(k => k.GetString()!).ToList();
        var markers = pages.GetProperty("SourceMarkers").EnumerateArray().ToList();
        var index = markers.FindIndex(m => m.EnumerateObject().Any());

        var configFile = Path.Combine(Stage.Of(stack.Stack)!.Outdir, "asset." + keys[index].Replace(".zip", "", StringComparison.Ordinal), "config.json");
        using var config = JsonDocument.Parse(File.ReadAllText(configFile));
        var values = markers[index].EnumerateObject().ToDictionary(m => m.Name, m => m.Value.Compact(), StringComparer.Ordinal);
        string Resolved(string key) => values[config.RootElement.GetProperty(key).GetString()!.Replace("https://", "", StringComparison.Ordinal).TrimEnd('/')];

        config.RootElement.EnumerateObject().Select(p => p.Name)
            .Should().BeEquivalentTo(["apiBaseUrl", "region", "userPoolId", "userPoolClientId", "cognitoEndpoint", "passwordPolicy", "platforms"]);
        config.RootElement.GetProperty("apiBaseUrl").GetString().Should().StartWith("https://<<marker:");
        Resolved("apiBaseUrl").Should().Be($"{{\"Fn::GetAtt\":[\"{distribution}\",\"DomainName\"]}}");
        Resolved("userPoolId").Should().Be($"{{\"Ref\":\"{pool}\"}}");
        Resolved("userPoolClientId").Should().Be($"{{\"Ref\":\"{client}\"}}");
        // The main stack has a concrete region (cross-region references need one), so it is written as it is.
        config.RootElement.GetProperty("region").GetString().Should().Be(stack.Stack.Region);
        config.RootElement.GetProperty("cognitoEndpoint").GetString().Should().Be($"https://cognito-idp.{stack.Stack.Region}.amazonaws.com/");
        // The sign-up form checks the user pool's own policy.
        var policy = config.RootElement.GetProperty("passwordPolicy");
        policy.GetProperty("minimumLength").GetInt32().Should().Be(GitGoods.Domain.Accounts.PasswordPolicy.MinimumLength);
        policy.GetProperty("requireSymbols").GetBoolean().Should().BeTrue();
        policy.GetProperty("symbols").GetString().Should().Be(GitGoods.Domain.Accounts.PasswordPolicy.Symbols);
    }

    [Fact]
    public void WebUrl_IsAnOutput()
    {
        var distribution = stack.LogicalId(stack.Stack.Web!.Distribution);

        stack.Template.HasOutput("WebUrl", Props(("Value", Props(("Fn::Join", new object[]
        {
            "", new object[] { "https://", GetAtt(distribution, "DomainName") },
        })))));
    }

    private JsonElement Config() =>
        stack.Resources("AWS::CloudFront::Distribution").Values.Should().ContainSingle().Subject.GetProperty("Properties").GetProperty("DistributionConfig");

    private JsonElement Origin(string id) =>
        Config().GetProperty("Origins").EnumerateArray().Single(o => o.GetProperty("Id").GetString() == id);

    private IReadOnlyList<JsonElement> BucketStatements(string bucket) =>
        [.. stack.Resources("AWS::S3::BucketPolicy").Values
            .Select(p => p.GetProperty("Properties"))
            .Single(p => p.GetProperty("Bucket").Compact() == $"{{\"Ref\":\"{bucket}\"}}")
            .GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray()];

    private (JsonElement Hashed, JsonElement Pages) Deployments()
    {
        var deployments = stack.Resources("Custom::CDKBucketDeployment").Values.Select(d => d.GetProperty("Properties")).ToList();
        deployments.Should().HaveCount(2);
        return (deployments.Single(d => !d.GetProperty("Prune").GetBoolean()), deployments.Single(d => d.GetProperty("Prune").GetBoolean()));
    }
}

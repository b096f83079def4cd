using Amazon.CDK.Assertions;

using GitGoods.Infrastructure.Hosting;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Hosting;

/// <summary>The site's CDK context: where the built SPA is, an existing WAF web ACL instead of the edge stack's, a custom domain.</summary>
public sealed class WebSiteContextTests
{
    private const string WebAclArn = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/gitgoods-site/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";

    [Fact]
    public void Synth_WithoutABuiltSpa_FailsNamingTheBuildCommand()
    {
        using var bootstrap = new TempBootstrap();
        using var unbuilt = new TempWebAssets(withIndex: false);
        var app = CdkTestApp.Create(bootstrap.Directory, unbuilt.Directory);

        var build = () => new GitGoodsStack(app, "NoWebApp");

        build.Should().Throw<InvalidOperationException>()
            .WithMessage($"*'index.html'*{unbuilt.Directory}*'{WebAsset.ContextKey}'*{WebAsset.BuildCommand}*");
    }

    [Fact]
    public void WebAclArn_FromTheContext_IsAttachedToTheDistribution_AndNoEdgeStackIsMade()
    {
        using var bootstrap = new TempBootstrap();
        var app = CdkTestApp.Create(bootstrap.Directory, extraContext: new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [GitGoodsApp.WebAclContextKey] = WebAclArn,
        });

        var composed = GitGoodsApp.Compose(app, new DeploymentTarget(null, SynthesizedGitGoods.Region));

        composed.Edge.Should().BeNull();
        composed.Main.Dependencies.Should().BeEmpty();
        Template.FromStack(composed.Main).HasResourceProperties("AWS::CloudFront::Distribution",
            Props(("DistributionConfig", Match.ObjectLike(Props(("WebACLId", WebAclArn))))));
    }

    [Theory]
    [InlineData("arn:aws:wafv2:ap-southeast-1:123456789012:regional/webacl/gitgoods/0f1e2d3c")]
    [InlineData("0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b")]
    public void WebAclArn_OfAnotherScopeOrRegion_IsRefused(string arn)
    {
        using var bootstrap = new TempBootstrap();
        var app = CdkTestApp.Create(bootstrap.Directory, extraContext: new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [GitGoodsApp.WebAclContextKey] = arn,
        });

        var build = () => GitGoodsApp.Compose(app, new DeploymentTarget(null, SynthesizedGitGoods.Region));

        build.Should().Throw<ArgumentException>().WithMessage("*CLOUDFRONT*us-east-1*");
    }

    [Theory]
    [InlineData(SiteDomain.DomainContextKey, "shop.example.com")]
    [InlineData(SiteDomain.CertificateContextKey, "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c")]
    public void SiteDomain_AndCertificate_GoTogether(string key, string value)
    {
        using var bootstrap = new TempBootstrap();
        var app = CdkTestApp.Create(bootstrap.Directory, extraContext: new Dictionary<string, object>(StringComparer.Ordinal) { [key] = value });

        var build = () => new GitGoodsStack(app, "HalfADomain");

        build.Should().Throw<ArgumentException>().WithMessage($"*'{SiteDomain.DomainContextKey}'*'{SiteDomain.CertificateContextKey}'*");
    }

    [Theory]
    [InlineData("shop.example.com", "arn:aws:acm:ap-southeast-1:123456789012:certificate/0f1e2d3c", "*us-east-1*")]
    [InlineData("https://shop.example.com", "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c", "*host name*")]
    [InlineData("*.example.com", "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c", "*host name*")]
    public void SiteDomain_WithACertificateOutsideUsEast1OrANameThatIsNoHost_IsRefused(string domain, string certificate, string message)
    {
        var build = () => new SiteDomain(domain, certificate);

        build.Should().Throw<ArgumentException>().WithMessage(message);
    }
}

using Amazon.CDK.Assertions;

using GitGoods.Infrastructure.Hosting;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Hosting;

/// <summary>The site's CDK context: where the built SPA is, and an optional WAF web ACL.</summary>
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
    public void WebAclArn_FromTheContext_IsAttachedToTheDistribution()
    {
        using var bootstrap = new TempBootstrap();
        var app = CdkTestApp.Create(bootstrap.Directory, extraContext: new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [GitGoodsStack.WebAclContextKey] = WebAclArn,
        });

        var template = Template.FromStack(new GitGoodsStack(app, "WithWebAcl"));

        template.HasResourceProperties("AWS::CloudFront::Distribution", Props(("DistributionConfig", Match.ObjectLike(Props(("WebACLId", WebAclArn))))));
    }

    [Theory]
    [InlineData("arn:aws:wafv2:ap-southeast-1:123456789012:regional/webacl/gitgoods/0f1e2d3c")]
    [InlineData("0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b")]
    public void WebAclArn_OfAnotherScopeOrRegion_IsRefused(string arn)
    {
        using var bootstrap = new TempBootstrap();
        var app = CdkTestApp.Create(bootstrap.Directory, extraContext: new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [GitGoodsStack.WebAclContextKey] = arn,
        });

        var build = () => new GitGoodsStack(app, "WrongWebAcl");

        build.Should().Throw<ArgumentException>().WithMessage("*CLOUDFRONT*us-east-1*");
    }
}

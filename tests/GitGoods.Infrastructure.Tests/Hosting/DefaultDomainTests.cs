namespace GitGoods.Infrastructure.Tests.Hosting;

/// <summary>Without a custom domain the site is the distribution's own *.cloudfront.net name.</summary>
[Collection(SharedSynthesis.Name)]
public sealed class DefaultDomainTests(SynthesizedGitGoods app)
{
    [Fact]
    public void Distribution_WithoutACustomDomain_HasNoAliasAndCloudFrontsCertificate()
    {
        var config = SiteDomainTests.DistributionConfig(app);

        config.TryGetProperty("Aliases", out _).Should().BeFalse();
        config.TryGetProperty("ViewerCertificate", out _).Should().BeFalse();
        app.Json.GetProperty("Outputs").GetProperty("WebUrl").GetProperty("Value").Compact().Should().Contain("DomainName");
    }
}

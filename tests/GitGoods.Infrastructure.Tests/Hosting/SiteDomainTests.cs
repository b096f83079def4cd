using System.Text.Json;

namespace GitGoods.Infrastructure.Tests.Hosting;

/// <summary>With a custom domain the distribution answers on it, with its us-east-1 certificate, and the SPA is told so.</summary>
[Collection(SharedSynthesisWithOptions.Name)]
public sealed class SiteDomainTests(SynthesizedGitGoodsWithOptions app)
{
    [Fact]
    public void Distribution_AnswersOnTheSiteDomain_WithItsCertificate_OverSniAndTls12()
    {
        var config = DistributionConfig(app);

        config.GetProperty("Aliases").Compact().Should().Be($"[\"{SynthesizedGitGoodsWithOptions.SiteDomainName}\"]");
        var certificate = config.GetProperty("ViewerCertificate");
        certificate.GetProperty("AcmCertificateArn").GetString().Should().Be(SynthesizedGitGoodsWithOptions.SiteCertificateArn);
        certificate.GetProperty("SslSupportMethod").GetString().Should().Be("sni-only");
        certificate.GetProperty("MinimumProtocolVersion").GetString().Should().Be("TLSv1.2_2021");
    }

    [Fact]
    public void SpaConfig_AndTheWebUrl_NameTheSiteDomain()
    {
        app.Stack.Web!.Config["apiBaseUrl"].Should().Be("https://" + SynthesizedGitGoodsWithOptions.SiteDomainName);
        app.Json.GetProperty("Outputs").GetProperty("WebUrl").GetProperty("Value").GetString()
            .Should().Be("https://" + SynthesizedGitGoodsWithOptions.SiteDomainName);
    }

    internal static JsonElement DistributionConfig(SynthesizedGitGoods synthesized) =>
        synthesized.Resources("AWS::CloudFront::Distribution").Values.Single().GetProperty("Properties").GetProperty("DistributionConfig");
}

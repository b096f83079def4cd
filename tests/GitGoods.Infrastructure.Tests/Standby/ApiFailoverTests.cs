using System.Text.Json;

using Amazon.CDK;
using Amazon.CDK.Assertions;

namespace GitGoods.Infrastructure.Tests.Standby;

/// <summary>
/// The API fails over by DNS (docs/runbooks/failover.md): <c>api.&lt;zone&gt;</c> is each region's API custom domain,
/// PRIMARY in the main region behind a health check on its outside-in canary alarm, SECONDARY in the standby; CloudFront
/// sends <c>/api/*</c> to that name.
/// </summary>
public sealed class ApiFailoverTests(SynthesizedWarmStandby app) : IClassFixture<SynthesizedWarmStandby>
{
    private const string ApiName = "api." + SynthesizedWarmStandby.ZoneName;

    [Fact]
    public void TheMainRegion_IsThePrimaryRecord_HealthCheckedOnItsCanaryAlarm_MissingDataUnhealthy()
    {
        var failover = Failover(app.Main);

        var record = SynthesizedWarmStandby.Resources(failover, "AWS::Route53::RecordSet").Values.Single();
        record.GetProperty("Name").GetString().Should().Be(ApiName);
        record.GetProperty("Failover").GetString().Should().Be("PRIMARY");
        record.GetProperty("HostedZoneId").GetString().Should().Be(SynthesizedWarmStandby.ZoneId);
        record.GetProperty("AliasTarget").GetProperty("DNSName").GetRawText().Should().Contain("RegionalDomainName");

        var check = SynthesizedWarmStandby.Resources(failover, "AWS::Route53::HealthCheck").Values.Single().GetProperty("HealthCheckConfig");
        check.GetProperty("Type").GetString().Should().Be("CLOUDWATCH_METRIC");
        check.GetProperty("InsufficientDataHealthStatus").GetString().Should().Be("Unhealthy",
            "a region whose CloudWatch cannot answer must fail over too");
        check.GetProperty("AlarmIdentifier").GetProperty("Region").GetString().Should().Be(SynthesizedWarmStandby.MainRegion);
        check.GetProperty("AlarmIdentifier").GetProperty("Name").GetRawText().Should().Contain("ShopJourney",
            "the check follows the synthetic journey's alarm, measured from outside");
    }

    [Fact]
    public void TheStandby_IsTheSecondaryRecord_WithItsOwnCertificateAndCustomDomain()
    {
        var failover = Failover(app.Standby);

        var record = SynthesizedWarmStandby.Resources(failover, "AWS::Route53::RecordSet").Values.Single();
        record.GetProperty("Name").GetString().Should().Be(ApiName);
        record.GetProperty("Failover").GetString().Should().Be("SECONDARY");
        record.TryGetProperty("HealthCheckId", out _).Should().BeFalse();
        SynthesizedWarmStandby.Resources(failover, "AWS::CertificateManager::Certificate").Values.Single()
            .GetProperty("DomainName").GetString().Should().Be(ApiName);
        SynthesizedWarmStandby.Resources(failover, "AWS::ApiGatewayV2::DomainName").Values.Single()
            .GetProperty("DomainName").GetString().Should().Be(ApiName);
        SynthesizedWarmStandby.Resources(failover, "AWS::ApiGatewayV2::ApiMapping").Should().ContainSingle();
    }

    [Fact]
    public void CloudFront_SendsTheApiToTheFailoverName()
    {
        var distribution = SynthesizedWarmStandby.Resources(app.MainJson, "AWS::CloudFront::Distribution").Values.Single();
        var origins = distribution.GetProperty("DistributionConfig").GetProperty("Origins").EnumerateArray()
            .Select(o => o.GetProperty("DomainName").GetRawText());

        origins.Should().Contain($"\"{ApiName}\"");
    }

    [Fact]
    public void EachRegion_RunsItsOwnCanary_AgainstItsOwnApi()
    {
        var canaries = new[] { app.Main, app.Standby }.Select(stack =>
            SynthesizedWarmStandby.Resources(Json(Template.FromStack((NestedStack)stack.Monitoring)), "AWS::Synthetics::Canary").Values.Single());

        canaries.Select(c => c.GetProperty("Schedule").GetProperty("Expression").GetString()).Should().AllBe("rate(5 minutes)");
        canaries.Select(c => c.GetProperty("Name").GetString()).Should().OnlyHaveUniqueItems();
    }

    private static JsonElement Failover(GitGoodsStack stack) =>
        Json(Template.FromStack((NestedStack)stack.ApiFailover!.Node.Scope!));

    private static JsonElement Json(Template template)
    {
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(template.ToJSON()));
        return document.RootElement.Clone();
    }
}

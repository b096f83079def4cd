namespace GitGoods.Infrastructure.Tests.Standby;

/// <summary>
/// After a failover without a failover zone (<c>activeRegion=standby</c>, <c>standbyApiDomain</c>): the standby runs the
/// single-region work, the main region stops it, and CloudFront sends the API to the standby.
/// </summary>
public sealed class ManualFailoverTests(SynthesizedManualFailover app) : IClassFixture<SynthesizedManualFailover>
{
    [Fact]
    public void TheStandby_TakesOverTheStreamsSchedulesAndRules_AndTheMainRegionStops()
    {
        WarmStandbyTests.StreamMappingsEnabled(app.StandbyJson).Should().NotBeEmpty().And.OnlyContain(enabled => enabled);
        WarmStandbyTests.RuleStates(app.StandbyJson).Should().OnlyContain(state => state == "ENABLED");
        WarmStandbyTests.StreamMappingsEnabled(app.MainJson).Should().OnlyContain(enabled => !enabled);
        WarmStandbyTests.RuleStates(app.MainJson).Should().OnlyContain(state => state == "DISABLED");
    }

    [Fact]
    public void CloudFront_SendsTheApiToTheStandby()
    {
        var distribution = SynthesizedWarmStandby.Resources(app.MainJson, "AWS::CloudFront::Distribution").Values.Single();
        var origins = distribution.GetProperty("DistributionConfig").GetProperty("Origins").EnumerateArray()
            .Select(o => o.GetProperty("DomainName").GetRawText());

        origins.Should().Contain($"\"{SynthesizedManualFailover.StandbyApiDomain}\"");
    }
}

using Amazon.CDK;

using GitGoods.Infrastructure.Standby;

namespace GitGoods.Infrastructure.Tests.Standby;

/// <summary>The standby's and the failover's CDK context: defaults, and mistakes refused before anything is built.</summary>
public sealed class StandbySettingsTests
{
    [Fact]
    public void ByDefault_TheStandbyIsInSydney_AndTheMainRegionIsActive()
    {
        var settings = StandbySettings.FromContext(Context().Node, "ap-southeast-1");

        settings.Should().Be(new StandbySettings(StandbySettings.DefaultRegion, StandbyActive: false));
    }

    [Fact]
    public void None_MeansNoStandby() =>
        StandbySettings.FromContext(Context(("standbyRegion", "none")).Node, "ap-southeast-1").Region.Should().BeNull();

    [Fact]
    public void AStandbyInTheMainRegion_IsRefused() =>
        FluentActions.Invoking(() => StandbySettings.FromContext(Context(("standbyRegion", "ap-southeast-1")).Node, "ap-southeast-1"))
            .Should().Throw<ArgumentException>().WithMessage("*survive the loss of the main region*");

    [Fact]
    public void AnUnknownActiveRegion_IsRefused() =>
        FluentActions.Invoking(() => StandbySettings.IsStandbyActive(Context(("activeRegion", "sydney")).Node))
            .Should().Throw<ArgumentException>().WithMessage("*'primary' or 'standby'*");

    [Fact]
    public void HalfAFailoverZone_IsRefused() =>
        FluentActions.Invoking(() => FailoverDomain.FromContext(Context(("failoverZoneName", "example.com")).Node))
            .Should().Throw<ArgumentException>().WithMessage("*go together*");

    [Theory]
    [InlineData("not-a-zone", "example.com")]
    [InlineData("Z0123456789ABCDEFGHIJ", "https://example.com")]
    public void AMalformedFailoverZone_IsRefused(string id, string name) =>
        FluentActions.Invoking(() => FailoverDomain.FromContext(Context(("failoverHostedZoneId", id), ("failoverZoneName", name)).Node))
            .Should().Throw<ArgumentException>();

    [Fact]
    public void TheFailoverName_IsApiInTheZone() =>
        FailoverDomain.FromContext(Context(("failoverHostedZoneId", "Z0123456789ABCDEFGHIJ"), ("failoverZoneName", "Example.com.")).Node)!
            .ApiDomainName.Should().Be("api.example.com");

    [Fact]
    public void AManualFailover_WithoutTheStandbysApiDomain_IsRefused() =>
        FluentActions.Invoking(() => FailoverDomain.ManualStandbyApiDomain(Context(("activeRegion", "standby")).Node))
            .Should().Throw<ArgumentException>().WithMessage("*standbyApiDomain*");

    [Fact]
    public void DeploymentTarget_FromTheContext_NamesTheStandbyRegion()
    {
        var target = DeploymentTarget.FromCdkEnvironment(Context(("standbyRegion", "eu-west-1")).Node);

        target.StandbyRegion.Should().Be("eu-west-1");
        target.Standby!.Region.Should().Be("eu-west-1");
    }

    private static App Context(params (string Key, string Value)[] values) =>
        new(new AppProps { Context = values.ToDictionary(v => v.Key, v => (object)v.Value, StringComparer.Ordinal) });
}

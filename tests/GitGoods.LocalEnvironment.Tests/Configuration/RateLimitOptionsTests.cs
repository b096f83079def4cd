using GitGoods.LocalEnvironment.Configuration;
using Microsoft.Extensions.Configuration;

namespace GitGoods.LocalEnvironment.Tests.Configuration;

/// <summary>The rate rule's settings: the WAF rule's numbers unless told otherwise, switches beating variables.</summary>
public sealed class RateLimitOptionsTests
{
    [Fact]
    public void Default_IsTheWafRule_2000RequestsPer300SecondsPerClient()
    {
        var options = LocalEnvironmentOptions.From([], Config(), "/tmp");

        options.RateLimit.Should().Be(new RateLimitOptions(2000, 300));
        options.RateLimit.IsEnabled.Should().BeTrue();
        options.RateLimit.SegmentsPerWindow.Should().Be(30, "the window slides in 10 s steps");
    }

    [Fact]
    public void SwitchesBeatVariables_AndZeroPermitsTurnsItOff()
    {
        var config = Config(("GITGOODS_RATE_LIMIT_PERMITS", "50"), ("GITGOODS_RATE_LIMIT_WINDOW_SECONDS", "120"));

        var fromEnvironment = LocalEnvironmentOptions.From([], config, "/tmp");
        var fromArgs = LocalEnvironmentOptions.From(["--rate-limit-permits", "3", "--rate-limit-window-seconds", "60"], config, "/tmp");
        var off = LocalEnvironmentOptions.From(["--rate-limit-permits", "0"], config, "/tmp");

        fromEnvironment.RateLimit.Should().Be(new RateLimitOptions(50, 120));
        fromArgs.RateLimit.Should().Be(new RateLimitOptions(3, 60));
        off.RateLimit.IsEnabled.Should().BeFalse();
    }

    [Theory]
    [InlineData("--rate-limit-permits", "-1")]
    [InlineData("--rate-limit-permits", "lots")]
    [InlineData("--rate-limit-window-seconds", "0")]
    [InlineData("--rate-limit-window-seconds", "86401")]
    [InlineData("--rate-limit-window-seconds", "5m")]
    public void MalformedValue_IsRefusedNamingTheSwitch(string name, string value)
    {
        var act = () => LocalEnvironmentOptions.From([name, value], Config(), "/tmp");

        act.Should().Throw<InvalidOperationException>().WithMessage($"*{name}*{value}*");
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}

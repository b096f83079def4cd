using GitGoods.LocalEnvironment.Analytics.Replay;

namespace GitGoods.LocalEnvironment.Tests.Analytics;

public sealed class AnalyticsReplayCommandTests
{
    [Fact]
    public async Task Default_PrintsTheDeliveryMetricsAndTheSalesQueries_AndLeavesNoFolder()
    {
        using var output = new StringWriter();

        var exit = await AnalyticsReplayCommand.RunAsync([], output, CancellationToken.None);

        exit.Should().Be(0);
        var text = output.ToString();
        text.Should().Contain("Replayed 39 sample CodePipeline events").And.Contain(LakeReport.DeliveryHeading)
            .And.Contain("-- delivery-deployment-frequency").And.Contain("git-goods | 2026-03-04 | 1")
            .And.Contain("-- delivery-change-failure-rate").And.Contain("0.3333333333333333")
            .And.Contain("-- delivery-time-to-restore").And.Contain("| 5752")
            .And.Contain("-- delivery-stage-durations").And.Contain("git-goods | Deploy | 2    | 0           | 255.5")
            .And.Contain(LakeReport.SalesHeading);
        text.IndexOf(LakeReport.DeliveryHeading, StringComparison.Ordinal).Should().BeLessThan(text.IndexOf(LakeReport.SalesHeading, StringComparison.Ordinal));
        var sales = text[text.IndexOf(LakeReport.SalesHeading, StringComparison.Ordinal)..];
        // The samples: Pocket Harvest (14 units) and Stellar Drift (13) lead; the cancelled Neon Kart order nets out.
        sales.Should().Contain("-- sales-best-sellers").And.Contain("-- sales-quantity-by-date-and-item").And.Contain("Stellar Drift")
            .And.NotContain("(no rows)");
        var folder = text.Split('\n')[0].Split(" into ")[1].Trim();
        Directory.Exists(folder).Should().BeFalse();
    }

    [Fact]
    public async Task Lake_WritesIntoTheGivenFolder_AndAReplayIsIdempotent()
    {
        var folder = Directory.CreateTempSubdirectory("gitgoods-replay-").FullName;
        try
        {
            using var first = new StringWriter();
            using var second = new StringWriter();

            (await AnalyticsReplayCommand.RunAsync(["--lake", folder], first, CancellationToken.None)).Should().Be(0);
            (await AnalyticsReplayCommand.RunAsync(["--lake", folder], second, CancellationToken.None)).Should().Be(0);

            Directory.EnumerateFiles(Path.Combine(folder, "lake", "pipeline_events"), "*.csv", SearchOption.AllDirectories).Should().HaveCount(38);
            second.ToString().Should().Be(first.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task UnknownArguments_PrintUsage_AndExitWith2()
    {
        using var output = new StringWriter();

        var exit = await AnalyticsReplayCommand.RunAsync(["--bogus"], output, CancellationToken.None);

        exit.Should().Be(2);
        output.ToString().Should().StartWith("usage: analytics-replay");
    }
}

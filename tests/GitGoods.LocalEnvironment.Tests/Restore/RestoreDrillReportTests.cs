using GitGoods.LocalEnvironment.Restore;

namespace GitGoods.LocalEnvironment.Tests.Restore;

public sealed class RestoreDrillReportTests
{
    private static readonly string Same = new('a', 64);
    private static readonly string Other = new('b', 64);

    [Fact]
    public void ATableWithAnotherChecksum_FailsTheDrill_AndIsMarked()
    {
        var report = Report(new RestoredTable("GitGoods", "GitGoods-restored-x", "f", 91, Same, 91, Other));
        using var output = new StringWriter();

        report.Write(output);

        report.Passed.Should().BeFalse();
        output.ToString().Should().Contain(RestoreDrillReport.FailedLine).And.MatchRegex(" NO\\r?\\n");
    }

    [Fact]
    public void ATableWithAnotherCount_FailsTheDrill()
    {
        Report(new RestoredTable("GitGoods", "GitGoods-restored-x", "f", 91, Same, 90, Same)).Passed.Should().BeFalse();
    }

    [Fact]
    public void MatchingTables_PassTheDrill_AndTheTotalIsTheSumOfThePhases()
    {
        var report = Report(new RestoredTable("GitGoods", "GitGoods-restored-x", "f", 91, Same, 91, Same));
        using var output = new StringWriter();

        report.Write(output);

        report.Passed.Should().BeTrue();
        report.Total.Should().Be(TimeSpan.FromMilliseconds(1750));
        output.ToString().Should().Contain(RestoreDrillReport.PassedLine).And.MatchRegex("total +1\\.75");
    }

    private static RestoreDrillReport Report(RestoredTable table) =>
        new([table], [new DrillPhase("export", TimeSpan.FromMilliseconds(500)), new DrillPhase("import", TimeSpan.FromMilliseconds(1250))]);
}

using System.Diagnostics;

namespace GitGoods.Infrastructure.Tests.Operations;

/// <summary>
/// scripts/slo-alarms.py (behind scripts/slo-alarms.sh) on the shared synthesis's cloud assembly: one row per alarm of every
/// template, nested ones included, with the window the detection budget is about.
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class SloAlarmsScriptTests(SynthesizedGitGoods app)
{
    [Fact]
    public async Task Table_ShowsTheLatencyAlarm_WithItsExpressionConditionFiveMinuteWindowAndTopic()
    {
        var output = await PrintAsync();

        var row = Row(output, app.LogicalId(app.Stack.Monitoring.Api.LatencyAlarm));
        row[1].Should().StartWith("IF(requests >= 100, latencyP99, 0) where").And.Contain("AWS/ApiGateway/Latency{ApiId=");
        row[2].Should().Contain("latencyP99:p99");
        row[3].Should().Be("> 500");
        row[4].Should().Be("5 min (3 of 5 x 1 min)");
        row[5].Should().MatchRegex("^ALARM->parent:GitGoodsAlarmsTopic[0-9A-F]{8}$");
    }

    [Fact]
    public async Task Table_CoversTheMainStacksAlarmsAndThePagingRule_AndNoWindowOverTheBudget()
    {
        var output = await PrintAsync();

        Row(output, app.LogicalId(app.Stack.OrderQueues.DeadLettersAlarm))[4].Should().Be("1 min (1 of 1 x 1 min)");
        var paging = output.Single(l => l.StartsWith("| GitGoodsMonitoringPaging", StringComparison.Ordinal));
        paging.Should().Contain("ALARM(\"parent:GitGoodsOrderQueuesDeadLetters").And.Contain("OK->parent:GitGoodsAlarmsTopic");
        output[^1].Should().MatchRegex(@"^\d+ metric alarm\(s\), 1 composite alarm\(s\) in \d+ template\(s\); 0 with a window over 10 min\.$");
    }

    private static string[] Row(IReadOnlyList<string> output, string alarm) =>
        output.Single(l => l.StartsWith($"| {alarm} |", StringComparison.Ordinal))
            .Trim('|', ' ').Split(" | ");

    private async Task<IReadOnlyList<string>> PrintAsync()
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(CdkTestApp.RepositoryRoot(), "scripts", "slo-alarms.py"));
        start.ArgumentList.Add(app.Outdir);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, await stderr);
        return (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}

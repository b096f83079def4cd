using System.Text.Json;

using GitGoods.Infrastructure.Operations;

namespace GitGoods.Infrastructure.Tests.Operations;

/// <summary>
/// The detection budget (docs/runbooks/incident.md): every metric alarm of the app, in every synthesized template (the main
/// stack, the edge stack and the nested stacks), decides within 10 minutes of data: Period × EvaluationPeriods ≤ 600 s, the
/// period of a metric-math alarm being the longest of its metrics'. Composite alarms have no period of their own.
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class AlarmWindowTests(SynthesizedGitGoods app)
{
    [Fact]
    public void EveryAlarmOfEveryTemplate_DecidesWithinTenMinutes()
    {
        var templates = app.AllTemplates;
        templates.Keys.Should().Contain(name => name.EndsWith(".nested.template.json", StringComparison.Ordinal), "the nested stacks are read too");

        var windows = templates
            .SelectMany(t => TemplateJson.Resources(t.Value, TemplateJson.Alarm).Select(a => (Alarm: $"{t.Key}: {a.Id}", Seconds: WindowSeconds(a.Properties))))
            .ToList();

        windows.Should().HaveCountGreaterThan(app.Stack.Functions.Functions.Count * 2, "the functions' errors and throttles alarms alone are two per function");
        windows.Where(w => w.Seconds > DetectionWindow.MaxSeconds).Select(w => $"{w.Alarm} needs {w.Seconds} s").Should().BeEmpty();
        DetectionWindow.MaxSeconds.Should().Be(600);
    }

    [Fact]
    public void Window_OfAMetricMathAlarm_IsItsLongestMetricPeriodTimesItsEvaluationPeriods()
    {
        using var alarm = JsonDocument.Parse(
            """{"EvaluationPeriods":3,"Metrics":[{"Id":"e","Expression":"a+b"},{"Id":"a","MetricStat":{"Period":60}},{"Id":"b","MetricStat":{"Period":300}}]}""");

        WindowSeconds(alarm.RootElement).Should().Be(900, "a rule that read only the top-level Period would miss this alarm");
    }

    /// <summary>Period × EvaluationPeriods; a metric-math alarm has no top-level Period, its metrics each have one.</summary>
    private static int WindowSeconds(JsonElement alarm)
    {
        var evaluations = alarm.GetProperty("EvaluationPeriods").GetInt32();
        var period = alarm.TryGetProperty("Period", out var single)
            ? single.GetInt32()
            : alarm.GetProperty("Metrics").EnumerateArray()
                .Select(m => m.TryGetProperty("MetricStat", out var stat) ? stat.GetProperty("Period").GetInt32() : m.TryGetProperty("Period", out var p) ? p.GetInt32() : 0)
                .Max();
        period.Should().BePositive("every alarm must state its period");
        return period * evaluations;
    }
}

using Amazon.CDK.Assertions;

using GitGoods.Infrastructure.Operations;
using GitGoods.Orders;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Operations;

/// <summary>
/// The service level objectives' alarms in the monitoring nested stack: API p99 latency and 5xx rate, the availability SLO and
/// its burn-rate alarms, and order validation p99, each with the threshold the objective names.
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class SloAlarmTests(SynthesizedGitGoods app)
{
    private const string ServiceLevelObjective = "AWS::ApplicationSignals::ServiceLevelObjective";

    private Template Monitoring => Template.FromStack(app.Stack.Monitoring);

    [Fact]
    public void LatencyAlarm_FiresWhenTheApisP99IsOver500Ms_In3OfTheLast5Minutes()
    {
        Monitoring.HasResourceProperties(TemplateJson.Alarm, Props(
            ("Threshold", 500),
            ("ComparisonOperator", "GreaterThanThreshold"),
            ("EvaluationPeriods", 5),
            ("DatapointsToAlarm", 3),
            ("Metrics", Match.ArrayWith([
                Match.ObjectLike(Props(("Expression", "IF(requests >= 100, latencyP99, 0)"))),
                Match.ObjectLike(Props(("Id", "latencyP99"), ("MetricStat", Props(
                    ("Metric", Props(("Namespace", "AWS/ApiGateway"), ("MetricName", "Latency"), ("Dimensions", new[] { ApiIdDimension() }))),
                    ("Period", 60),
                    ("Stat", "p99"))))),
            ]))));
    }

    [Fact]
    public void ServerErrorRateAlarm_FiresWhenMoreThan1PercentOfRequestsAre5xx_WithATrafficGuard()
    {
        Monitoring.HasResourceProperties(TemplateJson.Alarm, Props(
            ("Threshold", 1),
            ("ComparisonOperator", "GreaterThanThreshold"),
            ("EvaluationPeriods", 5),
            ("DatapointsToAlarm", 3),
            ("Metrics", Match.ArrayWith([
                Match.ObjectLike(Props(("Expression", "IF(requests >= 20, 100 * serverErrors / requests, 0)"))),
                Match.ObjectLike(Props(("Id", "requests"), ("MetricStat", Props(
                    ("Metric", Props(("Namespace", "AWS/ApiGateway"), ("MetricName", "Count"), ("Dimensions", new[] { ApiIdDimension() }))),
                    ("Period", 60), ("Stat", "Sum"))))),
                Match.ObjectLike(Props(("Id", "serverErrors"), ("MetricStat", Props(
                    ("Metric", Props(("Namespace", "AWS/ApiGateway"), ("MetricName", "5xx"), ("Dimensions", new[] { ApiIdDimension() }))),
                    ("Period", 60), ("Stat", "Sum"))))),
            ]))));
    }

    [Fact]
    public void AvailabilitySlo_Counts5xxAgainstAllApiRequests_For999PercentOver30Days_WithTheBurnRateWindows()
    {
        Monitoring.ResourceCountIs(ServiceLevelObjective, 1);
        Monitoring.HasResourceProperties(ServiceLevelObjective, Props(
            ("Name", "GitGoods-api-availability"),
            ("Goal", Match.ObjectLike(Props(
                ("AttainmentGoal", 99.9),
                ("Interval", Props(("RollingInterval", Props(("Duration", 30), ("DurationUnit", "DAY")))))))),
            ("RequestBasedSli", Props(("RequestBasedSliMetric", Props(
                ("TotalRequestCountMetric", new[] { ApiSum("total", "Count") }),
                ("MonitoredRequestCountMetric", Props(("BadCountMetric", new[] { ApiSum("bad", "5xx") }))))))),
            ("BurnRateConfigurations", new[] { 5, 30, 60, 360 }.Select(m => Props(("LookBackWindowMinutes", m))).ToArray())));
    }

    [Theory]
    [InlineData("FastBurn", 14.4, "60", "5")]
    [InlineData("SlowBurn", 6, "360", "30")]
    public void BurnRateAlarm_FiresWhenBothWindowsBurnFasterThanTheThreshold_OnOneMinuteDatapoints(
        string name, double threshold, string longWindow, string shortWindow)
    {
        BurnRateWindows.All.Should().Contain(w => w.Name == name && w.Threshold == threshold);
        Monitoring.HasResourceProperties(TemplateJson.Alarm, Props(
            ("Threshold", threshold),
            ("ComparisonOperator", "GreaterThanThreshold"),
            ("EvaluationPeriods", 2),
            ("Metrics", Match.ArrayWith([
                Match.ObjectLike(Props(("Expression", "MIN([FILL(longWindow, 0), FILL(shortWindow, 0)])"))),
                BurnRate("longWindow", longWindow),
                BurnRate("shortWindow", shortWindow),
            ]))));
    }

    [Fact]
    public void OrderValidationAlarm_FiresWhenTheEmfP99IsOver500Ms_In3OfTheLast5Minutes()
    {
        Monitoring.HasResourceProperties(TemplateJson.Alarm, Props(
            ("Namespace", "GitGoods"),
            ("MetricName", OrderMetrics.OrderValidationTime),
            ("Dimensions", new[] { Props(("Name", "service"), ("Value", "gitgoods")) }),
            ("ExtendedStatistic", "p99"),
            ("Period", 60),
            ("Threshold", 500),
            ("ComparisonOperator", "GreaterThanThreshold"),
            ("EvaluationPeriods", 5),
            ("DatapointsToAlarm", 3)));
    }

    [Fact]
    public void ThrottlesAlarms_WatchEveryFunctionOfTheApp()
    {
        // The main stack's functions' in the monitoring stack, the waiting room's in its own nested stack.
        var monitored = Throttled(app.NestedJson(app.Stack.Monitoring));
        var waitingRoom = Throttled(app.NestedJson(app.Stack.WaitingRoom));

        monitored.Should().HaveCount(app.Stack.Functions.Functions.Count).And.OnlyHaveUniqueItems();
        waitingRoom.Should().BeEquivalentTo(app.Stack.WaitingRoom.Functions.Functions.Keys
            .Select(name => app.LogicalId(app.Stack.WaitingRoom.Functions.Functions[name].Function)));
        (monitored.Count + waitingRoom.Count).Should().Be(GitGoods.Manifest.FunctionManifest.All.Count);
    }

    private static List<string?> Throttled(System.Text.Json.JsonElement template) =>
        [.. TemplateJson.Resources(template, TemplateJson.Alarm)
            .Where(a => a.Properties.TryGetProperty("MetricName", out var name) && name.GetString() == "Throttles")
            .Select(a => a.Properties.GetProperty("Dimensions")[0].GetProperty("Value").GetProperty("Ref").GetString())];

    private static Dictionary<string, object> ApiIdDimension() => Props(("Name", "ApiId"), ("Value", Match.AnyValue()));

    private static Dictionary<string, object> ApiSum(string id, string metricName) => Props(
        ("Id", id),
        ("ReturnData", true),
        ("MetricStat", Props(
            ("Metric", Props(("Namespace", "AWS/ApiGateway"), ("MetricName", metricName), ("Dimensions", new[] { ApiIdDimension() }))),
            ("Period", 60),
            ("Stat", "Sum"))));

    private static Matcher BurnRate(string id, string windowMinutes) => Match.ObjectLike(Props(
        ("Id", id),
        ("MetricStat", Props(
            ("Metric", Props(
                ("Namespace", "AWS/ApplicationSignals"),
                ("MetricName", "BurnRate"),
                ("Dimensions", Match.ArrayWith([
                    Props(("Name", "BurnRateWindowMinutes"), ("Value", windowMinutes)),
                    Props(("Name", "SloName"), ("Value", "GitGoods-api-availability")),
                ])))),
            ("Period", 60),
            ("Stat", "Maximum")))));
}

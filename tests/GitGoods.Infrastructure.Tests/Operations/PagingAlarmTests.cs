using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;

using Constructs;

using GitGoods.Infrastructure.Operations;

namespace GitGoods.Infrastructure.Tests.Operations;

/// <summary>
/// The paging alarm: a composite alarm over exactly the severe alarms, the monitoring stack's own and the main stack's (dead
/// letters, stuck orders, failed and timed-out workflows), and open to more (the availability canary's, added later).
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class PagingAlarmTests(SynthesizedGitGoods app)
{
    [Fact]
    public void PagingAlarm_FiresOnAnySevereAlarm_OfThisStackAndOfTheMainStack()
    {
        var rule = Rule();
        var monitoring = app.Stack.Monitoring;
        IConstruct[] own = [monitoring.Api.LatencyAlarm, monitoring.Api.ServerErrorRateAlarm, monitoring.Availability.FastBurnAlarm,
            monitoring.Availability.SlowBurnAlarm, monitoring.OrderValidation.Alarm, app.Stack.Canary.FailedAlarm];
        IConstruct[] main = [app.Stack.OrderQueues.DeadLettersAlarm, app.Stack.OrderQueues.StuckOrdersAlarm, app.Stack.OrderWorkflow.FailedAlarm,
            app.Stack.OrderWorkflow.TimedOutAlarm, .. app.Stack.Functions.DeadLetterAlarms];

        foreach (var alarm in own)
        {
            rule.Should().Contain($"ALARM(\"{{\"Fn::GetAtt\":[\"{app.LogicalId(alarm)}\",\"Arn\"]}}\")");
        }

        foreach (var alarm in main)
        {
            rule.Should().Contain($"ALARM(\"{{\"Ref\":\"{ParameterFor(app.LogicalId(alarm))}\"}}\")", "the main stack's alarm arrives as a parameter");
        }

        rule.Split(" OR ").Should().HaveCount(own.Length + main.Length, "only the severe alarms page: not the throttles or the single functions' errors");
        rule.Should().StartWith("(ALARM(").And.NotContain(" AND ");
    }

    [Fact]
    public void AddedAlarm_JoinsTheRule()
    {
        var stack = new Stack(BareApp.Create(), "Bare");
        var paging = new PagingAlarm(stack, "Paging", [Alarm(stack, "First")]);

        paging.Add(Alarm(stack, "Canary"));

        var composite = TemplateJson.Resources(BareApp.Json(stack), TemplateJson.CompositeAlarm).Single().Properties;
        var rule = TemplateJson.Joined(composite.GetProperty("AlarmRule"));
        rule.Should().Contain("First").And.Contain("Canary").And.Contain(" OR ");
        paging.Alarms.Should().HaveCount(2);
    }

    [Fact]
    public void PagingAlarm_RefusesAnEmptyRule()
    {
        var stack = new Stack(BareApp.Create(), "Bare");

        var make = () => new PagingAlarm(stack, "Paging", []);

        make.Should().Throw<InvalidOperationException>().WithMessage("*between 1 and 100*");
    }

    private string Rule() =>
        TemplateJson.Joined(TemplateJson.Resources(app.NestedJson(app.Stack.Monitoring), TemplateJson.CompositeAlarm).Single().Properties.GetProperty("AlarmRule"));

    /// <summary>The nested stack's parameter that the main stack fills with the alarm's ARN.</summary>
    private string ParameterFor(string mainStackAlarmId) =>
        app.Resources("AWS::CloudFormation::Stack")[app.LogicalId(app.Stack.Monitoring.NestedStackResource!)]
            .GetProperty("Properties").GetProperty("Parameters").EnumerateObject()
            .Single(p => p.Value.Compact() == $"{{\"Fn::GetAtt\":[\"{mainStackAlarmId}\",\"Arn\"]}}").Name;

    private static Alarm Alarm(Construct scope, string id) => new(scope, id, new AlarmProps
    {
        Metric = new Metric(new MetricProps { Namespace = "Test", MetricName = id, Period = Duration.Minutes(1) }),
        Threshold = 1,
        EvaluationPeriods = 1,
    });
}

using System.Text.Json;

using Amazon.CDK;
using Amazon.CDK.Assertions;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.S3;

using GitGoods.Infrastructure.Functions;
using GitGoods.Manifest;

namespace GitGoods.Infrastructure.Tests.Deployments;

/// <summary>
/// Rollback alarms added later (the API's latency and 5xx alarms, wired by the stack) reach exactly the groups asked for,
/// once each, and never past CodeDeploy's ten alarms per group. A bare stack with two functions; the app is not synthesized.
/// </summary>
public sealed class FunctionDeploymentsTests
{
    private const string Health = "Health";
    private const string PlaceOrder = "PlaceOrder";

    private readonly Stack _stack = new();
    private readonly FunctionDeployments _deployments;

    public FunctionDeploymentsTests()
    {
        System.Environment.SetEnvironmentVariable("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1");
        var code = Code.FromBucket(Bucket.FromBucketName(_stack, "Code", "code-bucket"), "bootstrap.zip");
        _deployments = new FunctionDeployments(_stack, "Deployments");
        foreach (var name in new[] { Health, PlaceOrder })
        {
            _ = _deployments.Add(name, new ShopFunction(_stack, name, FunctionManifest.Find(name)!, code));
        }
    }

    [Fact]
    public void AddRollbackAlarm_AddsTheAlarmToTheNamedGroupsOnly_AndOnlyOnce()
    {
        var latency = Alarm("Latency");

        _deployments.AddRollbackAlarm(latency, [PlaceOrder]);
        _deployments.AddRollbackAlarm(latency, [PlaceOrder]);

        AlarmsOf(PlaceOrder).Should().HaveCount(2).And.Contain(Ref(latency));
        AlarmsOf(Health).Should().ContainSingle().Which.Should().NotBe(Ref(latency));
    }

    [Fact]
    public void AddRollbackAlarm_PastCodeDeploysTenAlarms_FailsNamingTheFunction()
    {
        for (var i = 1; i < FunctionDeployments.MaxAlarmsPerGroup; i++)
        {
            _deployments.AddRollbackAlarm(Alarm($"Alarm{i}"), [Health]);
        }

        var eleventh = () => _deployments.AddRollbackAlarm(Alarm("OneTooMany"), [Health]);

        eleventh.Should().Throw<InvalidOperationException>().WithMessage($"*{Health}*{FunctionDeployments.MaxAlarmsPerGroup}*");
        AlarmsOf(Health).Should().HaveCount(FunctionDeployments.MaxAlarmsPerGroup);
    }

    [Fact]
    public void AddRollbackAlarm_ForAFunctionWithoutAGroup_Fails()
    {
        var act = () => _deployments.AddRollbackAlarm(Alarm("Latency"), ["NoSuchFunction"]);

        act.Should().Throw<KeyNotFoundException>().WithMessage("*NoSuchFunction*");
    }

    private Alarm Alarm(string id) => new(_stack, id, new AlarmProps
    {
        Metric = new Metric(new MetricProps { Namespace = "Test", MetricName = id }),
        Threshold = 1,
        EvaluationPeriods = 1,
    });

    private string Ref(Alarm alarm) => (string)_stack.Resolve(_stack.GetLogicalId((CfnElement)alarm.Node.DefaultChild!));

    private List<string> AlarmsOf(string name)
    {
        var groupId = (string)_stack.Resolve(_stack.GetLogicalId((CfnElement)_deployments.Groups[name].Node.DefaultChild!));
        var template = JsonSerializer.SerializeToElement(Template.FromStack(_stack).ToJSON());
        return [.. template.GetProperty("Resources").GetProperty(groupId).GetProperty("Properties").GetProperty("AlarmConfiguration")
            .GetProperty("Alarms").EnumerateArray().Select(a => a.GetProperty("Name").GetProperty("Ref").GetString()!)];
    }
}

using Amazon.CDK.Assertions;

using GitGoods.Manifest;
using GitGoods.Composition;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Functions;

[Collection(SharedSynthesis.Name)]
public sealed class ShopFunctionTests(SynthesizedGitGoods stack)
{
    private const string LambdaFunction = "AWS::Lambda::Function";

    public static TheoryData<string> ManifestNames => [.. FunctionManifest.All.Select(f => f.Name)];

    [Fact]
    public void Stack_HasOneLambdaPerManifestFunction()
    {
        // Besides them, the web site's deployment brings the CDK's own helpers (BucketDeployment, bucket auto-delete).
        stack.Resources(LambdaFunction).Values
            .Count(f => f.GetProperty("Properties").GetProperty("Runtime").ToString() == "provided.al2023")
            .Should().Be(FunctionManifest.All.Count);
    }

    [Theory]
    [MemberData(nameof(ManifestNames))]
    public void Function_RunsTheAotBootstrapOnX86WithItsManifestSizing(string name)
    {
        var definition = FunctionManifest.Find(name)!;

        stack.Template.HasResourceProperties(LambdaFunction, Props(
            ("Handler", name),
            ("Runtime", "provided.al2023"),
            ("Architectures", new object[] { "x86_64" }),
            ("MemorySize", definition.MemoryMb),
            ("Timeout", definition.TimeoutSeconds),
            ("TracingConfig", Props(("Mode", "Active")))));
    }

    [Theory]
    [MemberData(nameof(ManifestNames))]
    public void Function_HasPowertoolsSettings(string name)
    {
        stack.Template.HasResourceProperties(LambdaFunction, Props(
            ("Handler", name),
            ("Environment", Props(("Variables", Match.ObjectLike(Props(
                ("POWERTOOLS_SERVICE_NAME", "gitgoods"),
                ("POWERTOOLS_METRICS_NAMESPACE", "GitGoods"),
                ("POWERTOOLS_LOG_LEVEL", "INFO")))))),
            ("LoggingConfig", Props(("LogGroup", Match.AnyValue())))));
    }

    [Theory]
    [MemberData(nameof(ManifestNames))]
    public void Function_GetsTableNameOnlyWhenItTouchesTheTable(string name)
    {
        var access = FunctionManifest.Find(name)!.Access;
        var touchesTable = access.Table != TableAccess.None || access.Readiness;
        var tableId = stack.LogicalId(stack.Stack.Table!.Table);

        stack.Template.HasResourceProperties(LambdaFunction, Props(
            ("Handler", name),
            ("Environment", Props(("Variables", Match.ObjectLike(Props(
                (FunctionSettings.TableNameVariable, touchesTable ? Ref(tableId) : Match.Absent()))))))));
    }

    [Fact]
    public void LogGroups_KeepLogsForOneMonth()
    {
        // One per function plus the API's access logs and the order workflow's logs.
        stack.Template.AllResourcesProperties("AWS::Logs::LogGroup", Props(("RetentionInDays", 30)));
        stack.Template.ResourceCountIs("AWS::Logs::LogGroup", FunctionManifest.All.Count + 2);
    }

    [Theory]
    [MemberData(nameof(ManifestNames))]
    public void Function_HasAnErrorsAlarmThatFiresWithinTenMinutes(string name)
    {
        stack.Template.HasResourceProperties("AWS::CloudWatch::Alarm", Props(
            ("Namespace", "AWS/Lambda"),
            ("MetricName", "Errors"),
            ("Dimensions", new object[] { Props(("Name", "FunctionName"), ("Value", Ref(stack.FunctionLogicalId(name)))) }),
            ("Period", 60),
            ("EvaluationPeriods", 5),
            ("DatapointsToAlarm", 3),
            ("Threshold", 1),
            ("AlarmActions", new object[] { Ref(stack.LogicalId(stack.Stack.Alarms.Topic)) })));
    }
}

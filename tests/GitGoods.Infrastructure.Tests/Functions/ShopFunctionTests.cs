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
        // The waiting room's are in its nested stack.
        stack.FunctionTemplates.Sum(t => t.Resources(LambdaFunction).Values
                .Count(f => f.GetProperty("Properties").GetProperty("Runtime").ToString() == "provided.al2023"))
            .Should().Be(FunctionManifest.All.Count);
    }

    [Theory]
    [MemberData(nameof(ManifestNames))]
    public void Function_RunsTheAotBootstrapOnX86WithItsManifestSizing(string name)
    {
        var definition = FunctionManifest.Find(name)!;

        stack.TemplateOf(name).Template.HasResourceProperties(LambdaFunction, Props(
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
        stack.TemplateOf(name).Template.HasResourceProperties(LambdaFunction, Props(
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
        var template = stack.TemplateOf(name);
        var tableId = template.RefName(stack.Stack.Table!.Table);

        template.Template.HasResourceProperties(LambdaFunction, Props(
            ("Handler", name),
            ("Environment", Props(("Variables", Match.ObjectLike(Props(
                (FunctionSettings.TableNameVariable, touchesTable ? Ref(tableId) : Match.Absent()))))))));
    }

    [Fact]
    public void LogGroups_KeepLogsForOneMonth()
    {
        // One per function in the template that holds it, plus, in the main one, the API's access logs and the order workflow's logs.
        foreach (var template in stack.FunctionTemplates)
        {
            template.Template.AllResourcesProperties("AWS::Logs::LogGroup", Props(("RetentionInDays", 30)));
            template.Template.ResourceCountIs("AWS::Logs::LogGroup",
                FunctionManifest.All.Count(f => template.HoldsFunction(f.Name)) + (template.IsMain ? 2 : 0));
        }
    }

    [Theory]
    [MemberData(nameof(ManifestNames))]
    public void Function_HasAnErrorsAlarmThatFiresWithinTenMinutes(string name)
    {
        var template = stack.TemplateOf(name);
        template.Template.HasResourceProperties("AWS::CloudWatch::Alarm", Props(
            ("Namespace", "AWS/Lambda"),
            ("MetricName", "Errors"),
            ("Dimensions", new object[] { Props(("Name", "FunctionName"), ("Value", Ref(template.FunctionLogicalId(name)))) }),
            ("Period", 60),
            ("EvaluationPeriods", 5),
            ("DatapointsToAlarm", 3),
            ("Threshold", 1),
            ("AlarmActions", new object[] { Ref(template.RefName(stack.Stack.Alarms.Topic)) })));
    }
}

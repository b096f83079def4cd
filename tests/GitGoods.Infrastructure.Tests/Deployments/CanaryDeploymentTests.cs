using Amazon.CDK.Assertions;

using GitGoods.Manifest;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Deployments;

/// <summary>
/// Every live alias is shifted by CodeDeploy as a canary (10% for five minutes) and rolled back when the deployment fails
/// or its function's errors alarm fires; all groups share one application and one service role.
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class CanaryDeploymentTests(SynthesizedGitGoods app)
{
    private const string DeploymentGroup = "AWS::CodeDeploy::DeploymentGroup";

    public static TheoryData<string> ManifestNames => [.. FunctionManifest.All.Select(f => f.Name)];

    [Fact]
    public void EachFunctionTemplate_HasOneLambdaApplication_AndOneDeploymentGroupPerFunction()
    {
        foreach (var stack in app.FunctionTemplates)
        {
            stack.Template.ResourceCountIs("AWS::CodeDeploy::Application", 1);
            stack.Template.HasResourceProperties("AWS::CodeDeploy::Application", Props(("ComputePlatform", "Lambda")));
            stack.Template.ResourceCountIs(DeploymentGroup, FunctionManifest.All.Count(f => stack.HoldsFunction(f.Name)));
        }

        app.FunctionTemplates.Sum(t => t.Resources(DeploymentGroup).Count).Should().Be(FunctionManifest.All.Count);
    }

    [Theory]
    [MemberData(nameof(ManifestNames))]
    public void DeploymentGroup_ShiftsACanary_AndRollsBackOnFailureOrOnTheFunctionsErrorsAlarm(string name)
    {
        var stack = app.TemplateOf(name);
        var functions = app.FunctionsOf(name);
        var errorsAlarmId = stack.LogicalId(functions.Functions[name].ErrorsAlarm);
        var group = stack.Resources(DeploymentGroup)[stack.LogicalId(functions.Deployments.Groups[name])].GetProperty("Properties");

        group.GetProperty("DeploymentConfigName").GetString().Should().Be("CodeDeployDefault.LambdaCanary10Percent5Minutes");
        group.GetProperty("DeploymentStyle").GetProperty("DeploymentType").GetString().Should().Be("BLUE_GREEN");
        group.GetProperty("DeploymentStyle").GetProperty("DeploymentOption").GetString().Should().Be("WITH_TRAFFIC_CONTROL");
        var rollback = group.GetProperty("AutoRollbackConfiguration");
        rollback.GetProperty("Enabled").GetBoolean().Should().BeTrue();
        rollback.GetProperty("Events").EnumerateArray().Select(e => e.GetString())
            .Should().BeEquivalentTo(["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_ALARM"]);
        var alarms = group.GetProperty("AlarmConfiguration");
        alarms.GetProperty("Enabled").GetBoolean().Should().BeTrue();
        // In a nested stack the monitoring stack's alarms arrive as parameters: resolved to what the main stack passes.
        var names = alarms.GetProperty("Alarms").EnumerateArray().Select(a => stack.Resolve(a.GetProperty("Name"))).ToList();
        var own = System.Text.Json.JsonSerializer.Serialize(Ref(errorsAlarmId));
        names.Should().Contain(own);
        // HTTP functions also roll back on the API's p99 latency and 5xx-rate alarms, which live in the monitoring stack.
        var fromMonitoring = names.Where(n => n != own).ToList();
        fromMonitoring.Should().HaveCount(functions.HttpFunctions.ContainsKey(name) ? 2 : 0)
            .And.OnlyContain(n => n.Contains("Fn::GetAtt", StringComparison.Ordinal) && n.Contains("Monitoring", StringComparison.Ordinal));
    }

    [Fact]
    public void DeploymentGroups_ShareOneServiceRole_AllowedOnlyTheLimitedLambdaPolicy()
    {
        foreach (var stack in app.FunctionTemplates)
        {
            DeploymentGroups_ShareOneServiceRole(stack);
        }
    }

    private static void DeploymentGroups_ShareOneServiceRole(SynthesizedTemplate stack)
    {
        var roleIds = stack.Resources(DeploymentGroup).Values
            .Select(g => g.GetProperty("Properties").GetProperty("ServiceRoleArn").GetProperty("Fn::GetAtt")[0].GetString())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var roleId = roleIds.Should().ContainSingle().Subject!;

        var role = stack.Resources("AWS::IAM::Role")[roleId].GetProperty("Properties");
        role.GetProperty("AssumeRolePolicyDocument").GetProperty("Statement").EnumerateArray()
            .Select(s => s.GetProperty("Principal").GetProperty("Service").GetString())
            .Should().Equal("codedeploy.amazonaws.com");
        role.GetProperty("ManagedPolicyArns").EnumerateArray().Select(a => a.GetRawText())
            .Should().ContainSingle().Which.Should().Contain(":iam::aws:policy/service-role/AWSCodeDeployRoleForLambdaLimited");
        stack.RoleStatements().Should().NotContain(s => s.Role == roleId, "the managed policy is all CodeDeploy needs");
    }

    [Fact]
    public void DeploymentGroups_AreNamedByCloudFormation()
    {
        app.FunctionTemplates.SelectMany(stack => stack.Resources(DeploymentGroup).Values).Select(g => g.GetProperty("Properties").TryGetProperty("DeploymentGroupName", out var name))
            .Should().OnlyContain(named => !named);
    }
}

using Amazon.CDK.Assertions;

using GitGoods.Infrastructure.Tests.Deployments;
using GitGoods.Manifest;
using GitGoods.Orders.Fulfilment;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Functions;

/// <summary>
/// The agreement for functions without a route: workflow steps are invoked only by the order state machine
/// (see Orders/OrderStateMachineTests), scheduled functions by their EventBridge rule, and neither is reachable from the API.
/// </summary>
[Collection(SharedSynthesis.Name)]
public sealed class ManifestTriggersTests(SynthesizedGitGoods stack)
{
    public static TheoryData<string> FunctionsWithoutRoute =>
        [.. FunctionManifest.All.Where(f => f.Trigger is not (HttpRouteTrigger or DefaultRouteTrigger)).Select(f => f.Name)];

    public static TheoryData<string> ScheduledFunctions =>
        [.. FunctionManifest.All.Where(f => f.Trigger is ScheduleTrigger).Select(f => f.Name)];

    [Fact]
    public void WorkflowStepEntries_AreExactlyTheWorkflowsStepFunctions()
    {
        FunctionManifest.All.Where(f => f.Trigger is WorkflowStepTrigger).Select(f => f.Name)
            .Should().BeEquivalentTo(OrderWorkflow.StepFunctions);
    }

    [Fact]
    public void Manifest_HasScheduledFunctions_ElseTheScheduleTestsWouldLookAtNothing()
    {
        ScheduledFunctions.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(FunctionsWithoutRoute))]
    public void FunctionWithoutRoute_IsNotReachableFromTheApi(string name)
    {
        foreach (var target in new[] { GetAtt(stack.FunctionLogicalId(name), "Arn"), Ref(stack.AliasLogicalId(name)) })
        {
            stack.Template.FindResources("AWS::ApiGatewayV2::Integration", Props(
                ("Properties", Props(("IntegrationUri", target))))).Should().BeEmpty();
            stack.Template.FindResources("AWS::Lambda::Permission", Props(
                ("Properties", Props(("FunctionName", target), ("Principal", "apigateway.amazonaws.com"))))).Should().BeEmpty();
        }
    }

    [Theory]
    [MemberData(nameof(ScheduledFunctions))]
    public void ScheduledFunction_HasARuleWithItsExpression_ThatMayInvokeItsLiveAlias(string name)
    {
        var schedule = (ScheduleTrigger)FunctionManifest.Find(name)!.Trigger;
        var aliasId = stack.AliasLogicalId(name);

        var rules = stack.Template.FindResources("AWS::Events::Rule", Props(("Properties", Props(
            ("ScheduleExpression", schedule.Expression),
            ("State", "ENABLED"),
            ("Targets", new object[] { Match.ObjectLike(Props(("Arn", Ref(aliasId)))) })))));
        var ruleId = rules.Keys.Should().ContainSingle().Subject;

        stack.Template.HasResourceProperties("AWS::Lambda::Permission", Props(
            ("Action", "lambda:InvokeFunction"),
            ("FunctionName", Ref(aliasId)),
            ("Principal", "events.amazonaws.com"),
            ("SourceArn", GetAtt(ruleId, "Arn"))));
    }
}

using Amazon.CDK.Assertions;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Orders;

/// <summary>The pipe: order queue → order state machine, one message per synchronous execution, input <c>{"orderId"}</c>.</summary>
[Collection(SharedSynthesis.Name)]
public sealed class OrderPipeTests(SynthesizedGitGoods stack)
{
    private const string Pipe = "AWS::Pipes::Pipe";

    [Fact]
    public void Pipe_ReadsTheOrderQueueOneMessageAtATime()
    {
        stack.Template.ResourceCountIs(Pipe, 1);
        stack.Template.HasResourceProperties(Pipe, Props(
            ("Source", GetAtt(stack.LogicalId(stack.Stack.OrderQueues.Queue), "Arn")),
            ("SourceParameters", Props(("SqsQueueParameters", Props(("BatchSize", 1)))))));
    }

    [Fact]
    public void Pipe_StartsTheStateMachineSynchronously_WithTheOrderId()
    {
        stack.Template.HasResourceProperties(Pipe, Props(
            ("Target", Ref(stack.LogicalId(stack.Stack.OrderWorkflow.StateMachine))),
            ("TargetParameters", Props(
                ("InputTemplate", "{\"orderId\": \"<$.body.orderId>\"}"),
                ("StepFunctionStateMachineParameters", Props(("InvocationType", "REQUEST_RESPONSE")))))));
    }

    [Fact]
    public void PipeRole_IsAssumedByPipesOfThisAccountOnly()
    {
        stack.Template.HasResourceProperties("AWS::IAM::Role", Props(
            ("AssumeRolePolicyDocument", Props(("Statement", new object[]
            {
                Match.ObjectLike(Props(
                    ("Principal", Props(("Service", "pipes.amazonaws.com"))),
                    ("Condition", Props(("StringEquals", Props(("aws:SourceAccount", Ref("AWS::AccountId")))))))),
            })))));
    }

    [Fact]
    public void PipeRole_MayOnlyReadTheQueueAndStartSyncExecutions()
    {
        var roleId = stack.Resources(Pipe).Single().Value.GetProperty("Properties").GetProperty("RoleArn").GetProperty("Fn::GetAtt")[0].GetString()!;
        var statements = stack.RoleStatements().Where(s => s.Role == roleId).Select(s => s.Statement).ToList();

        var queueId = stack.LogicalId(stack.Stack.OrderQueues.Queue);
        var machineId = stack.LogicalId(stack.Stack.OrderWorkflow.StateMachine);
        statements.Should().HaveCount(2).And.OnlyContain(s => IamJson.IsAllow(s));
        var sqs = statements.Single(s => IamJson.MentionsResource(s, queueId));
        IamJson.Actions(sqs).Should().BeEquivalentTo(["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"]);
        IamJson.Resources(sqs).Should().ContainSingle();
        var states = statements.Single(s => IamJson.MentionsResource(s, machineId));
        IamJson.Actions(states).Should().Equal("states:StartSyncExecution");
        IamJson.Resources(states).Should().ContainSingle();
    }
}

using Amazon.CDK.Assertions;

using GitGoods.Adapters.Queues;
using GitGoods.Infrastructure.Orders;
using GitGoods.Orders.Fulfilment;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Orders;

/// <summary>The order queue and its dead-letter queue: redrive, encryption, retention, TLS only, and the alarms that notify the team.</summary>
[Collection(SharedSynthesis.Name)]
public sealed class OrderQueuesTests(SynthesizedGitGoods stack)
{
    private const string Queue = "AWS::SQS::Queue";

    private string QueueId => stack.LogicalId(stack.Stack.OrderQueues.Queue);

    private string DeadLetterQueueId => stack.LogicalId(stack.Stack.OrderQueues.DeadLetterQueue);

    private Dictionary<string, object> TopicRef => Ref(stack.LogicalId(stack.Stack.Alarms.Topic));

    [Fact]
    public void Stack_HasTheOrderQueueAndItsDeadLetterQueue_NamedByCloudFormation()
    {
        stack.Resources(Queue).Keys.Where(k => k.StartsWith("OrderQueues", StringComparison.Ordinal)).Should().HaveCount(2);
        stack.Template.AllResourcesProperties(Queue, Props(("QueueName", Match.Absent())));
    }

    [Fact]
    public void Queue_MovesAMessageToTheDeadLetterQueueAfterMaxReceiveCount()
    {
        stack.Template.HasResourceProperties(Queue, Props(
            ("RedrivePolicy", Props(
                ("deadLetterTargetArn", GetAtt(DeadLetterQueueId, "Arn")),
                ("maxReceiveCount", OrderQueues.MaxReceiveCount)))));
    }

    [Fact]
    public void Queues_AreEncryptedWithSqsManagedKeys()
    {
        stack.Template.AllResourcesProperties(Queue, Props(("SqsManagedSseEnabled", true)));
    }

    [Fact]
    public void Queues_KeepMessagesAsOrderQueuesSays_TheDeadLetterQueueLonger()
    {
        Properties(QueueId).GetProperty("MessageRetentionPeriod").GetInt32().Should().Be(OrderQueues.RetentionSeconds);
        Properties(DeadLetterQueueId).GetProperty("MessageRetentionPeriod").GetInt32().Should().Be(OrderQueues.DeadLetterRetentionSeconds)
            .And.BeGreaterThan(OrderQueues.RetentionSeconds);
    }

    [Fact]
    public void Queue_HidesAMessageLongerThanTheWorkflowCanRun()
    {
        var visibility = Properties(QueueId).GetProperty("VisibilityTimeout").GetInt32();

        visibility.Should().Be(OrderQueuesConstruct.VisibilityTimeoutSeconds)
            .And.BeGreaterThanOrEqualTo(OrderWorkflow.TimeoutSeconds + 30, "the pipe's own polling and retries need a margin over the workflow timeout");
    }

    [Fact]
    public void Queues_RefuseRequestsWithoutTls()
    {
        foreach (var queueId in new[] { QueueId, DeadLetterQueueId })
        {
            stack.Template.HasResourceProperties("AWS::SQS::QueuePolicy", Props(
                ("Queues", new object[] { Ref(queueId) }),
                ("PolicyDocument", Props(("Statement", Match.ArrayWith([Match.ObjectLike(Props(
                    ("Effect", "Deny"),
                    ("Condition", Props(("Bool", Props(("aws:SecureTransport", "false")))))))]))))));
        }
    }

    [Fact]
    public void DeadLetterQueue_AlarmsOnTheFirstMessageWithinAMinute()
    {
        stack.Template.HasResourceProperties("AWS::CloudWatch::Alarm", Props(
            ("Namespace", "AWS/SQS"),
            ("MetricName", "ApproximateNumberOfMessagesVisible"),
            ("Dimensions", new object[] { Props(("Name", "QueueName"), ("Value", GetAtt(DeadLetterQueueId, "QueueName"))) }),
            ("Period", 60),
            ("EvaluationPeriods", 1),
            ("DatapointsToAlarm", 1),
            ("Threshold", 1),
            ("ComparisonOperator", "GreaterThanOrEqualToThreshold"),
            ("AlarmActions", new object[] { TopicRef })));
    }

    [Fact]
    public void Queue_AlarmsWhenOrdersWaitTooLong()
    {
        stack.Template.HasResourceProperties("AWS::CloudWatch::Alarm", Props(
            ("Namespace", "AWS/SQS"),
            ("MetricName", "ApproximateAgeOfOldestMessage"),
            ("Dimensions", new object[] { Props(("Name", "QueueName"), ("Value", GetAtt(QueueId, "QueueName"))) }),
            ("Period", 60),
            ("EvaluationPeriods", 5),
            ("Threshold", OrderQueuesConstruct.StuckMessageAgeSeconds),
            ("ComparisonOperator", "GreaterThanThreshold"),
            ("AlarmActions", new object[] { TopicRef })));
    }

    [Fact]
    public void AlarmTopic_IsAnOutput_TakesThisAccountsAlarms_AndRefusesRequestsWithoutTls()
    {
        stack.Template.HasOutput("AlarmTopicArn", Props(("Value", TopicRef)));
        // Statement order carries no meaning (CDK 2.277 writes the TLS deny first), so each is matched on its own.
        TopicPolicyHasStatement(Match.ObjectLike(Props(
            ("Effect", "Allow"),
            ("Principal", Props(("Service", "cloudwatch.amazonaws.com"))),
            ("Action", "sns:Publish"))));
        TopicPolicyHasStatement(Match.ObjectLike(Props(
            ("Effect", "Deny"),
            ("Condition", Props(("Bool", Props(("aws:SecureTransport", "false"))))))));
    }

    private void TopicPolicyHasStatement(Matcher statement) =>
        stack.Template.HasResourceProperties("AWS::SNS::TopicPolicy", Props(
            ("Topics", new object[] { TopicRef }),
            ("PolicyDocument", Props(("Statement", Match.ArrayWith([statement]))))));

    private System.Text.Json.JsonElement Properties(string logicalId) => stack.Resources(Queue)[logicalId].GetProperty("Properties");
}

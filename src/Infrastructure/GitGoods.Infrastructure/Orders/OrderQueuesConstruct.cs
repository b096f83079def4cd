using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.SQS;

using Constructs;

using GitGoods.Adapters.Queues;
using GitGoods.Orders.Fulfilment;

namespace GitGoods.Infrastructure.Orders;

/// <summary>
/// The order queue (placed orders on their way to the workflow) and its dead-letter queue, with the limits in
/// <see cref="OrderQueues"/> and the alarms that keep the 10-minute detection objective. CloudFormation names both
/// queues (construct ids are <see cref="OrderQueues.QueueName"/> and <see cref="OrderQueues.DeadLetterQueueName"/>), so two
/// stacks in one account never collide; functions find them through their URL variables.
/// </summary>
public sealed class OrderQueuesConstruct : Construct
{
    /// <summary>
    /// A message stays hidden this long while the pipe's synchronous execution runs. The workflow may take
    /// <see cref="OrderWorkflow.TimeoutSeconds"/>; the rest covers the pipe's polling and its own retries of internal
    /// errors (35 s here), so a message is never handed to a second execution while the first still runs. It is also the
    /// pause before a failed order is tried again: five receives put a failing order in the dead-letter queue within about 5 minutes.
    /// </summary>
    public const int VisibilityTimeoutSeconds = 60;

    /// <summary>The oldest message may wait this long before it counts as stuck (normal hand-off takes seconds).</summary>
    public const int StuckMessageAgeSeconds = 60;

    public OrderQueuesConstruct(Construct scope, string id)
        : base(scope, id)
    {
        DeadLetterQueue = new Queue(this, OrderQueues.DeadLetterQueueName, new QueueProps
        {
            Encryption = QueueEncryption.SQS_MANAGED,
            EnforceSSL = true,
            RetentionPeriod = Duration.Seconds(OrderQueues.DeadLetterRetentionSeconds),
        });
        Queue = new Queue(this, OrderQueues.QueueName, new QueueProps
        {
            Encryption = QueueEncryption.SQS_MANAGED,
            EnforceSSL = true,
            RetentionPeriod = Duration.Seconds(OrderQueues.RetentionSeconds),
            VisibilityTimeout = Duration.Seconds(VisibilityTimeoutSeconds),
            DeadLetterQueue = new DeadLetterQueue { Queue = DeadLetterQueue, MaxReceiveCount = OrderQueues.MaxReceiveCount },
        });

        // One dead letter is one order that failed every try: tell someone within the minute.
        DeadLettersAlarm = DeadLetterQueue.MetricApproximateNumberOfMessagesVisible(new MetricOptions
            {
                Period = Duration.Minutes(1),
                Statistic = Stats.MAXIMUM,
            })
            .CreateAlarm(this, "DeadLetters", new CreateAlarmOptions
            {
                AlarmDescription = "Order messages reached the dead-letter queue: orders stuck PENDING. Inspect and redrive them (GET/POST /api/admin/dead-letters).",
                Threshold = 1,
                ComparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                EvaluationPeriods = 1,
                DatapointsToAlarm = 1,
                TreatMissingData = TreatMissingData.NOT_BREACHING,
            });

        // Orders waiting more than a minute, five minutes running: the pipe or the workflow is not taking them.
        StuckOrdersAlarm = Queue.MetricApproximateAgeOfOldestMessage(new MetricOptions
            {
                Period = Duration.Minutes(1),
                Statistic = Stats.MAXIMUM,
            })
            .CreateAlarm(this, "StuckOrders", new CreateAlarmOptions
            {
                AlarmDescription = $"The oldest order message has waited more than {StuckMessageAgeSeconds} s for 5 minutes: orders are not being processed.",
                Threshold = StuckMessageAgeSeconds,
                ComparisonOperator = ComparisonOperator.GREATER_THAN_THRESHOLD,
                EvaluationPeriods = 5,
                DatapointsToAlarm = 5,
                TreatMissingData = TreatMissingData.NOT_BREACHING,
            });
    }

    public Queue Queue { get; }

    public Queue DeadLetterQueue { get; }

    public Alarm DeadLettersAlarm { get; }

    public Alarm StuckOrdersAlarm { get; }

    /// <summary>Lets <paramref name="grantee"/> send to the order queue (SendMessage covers SendMessageBatch), and nothing else.</summary>
    public void GrantSend(IGrantable grantee) => Allow(grantee, Queue, "sqs:SendMessage");

    /// <summary>Lets <paramref name="grantee"/> read the order queue's attributes (the readiness check), and nothing else.</summary>
    public void GrantReadiness(IGrantable grantee) => Allow(grantee, Queue, "sqs:GetQueueAttributes");

    /// <summary>Lets <paramref name="grantee"/> read, hide again and delete dead letters, and send them back to the order queue.</summary>
    public void GrantDeadLetters(IGrantable grantee)
    {
        Allow(grantee, DeadLetterQueue, "sqs:ReceiveMessage", "sqs:ChangeMessageVisibility", "sqs:DeleteMessage");
        GrantSend(grantee);
    }

    private static void Allow(IGrantable grantee, Queue queue, params string[] actions)
    {
        ArgumentNullException.ThrowIfNull(grantee);
        _ = grantee.GrantPrincipal.AddToPrincipalPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Effect = Effect.ALLOW,
            Actions = actions,
            Resources = [queue.QueueArn],
        }));
    }
}

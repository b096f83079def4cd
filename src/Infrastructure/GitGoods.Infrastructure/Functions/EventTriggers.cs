using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.Events.Targets;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Lambda.EventSources;
using Amazon.CDK.AWS.SQS;

using Constructs;

using GitGoods.Manifest;

using LambdaFunctionTarget = Amazon.CDK.AWS.Events.Targets.LambdaFunction;

namespace GitGoods.Infrastructure.Functions;

/// <summary>
/// The event-driven triggers of manifest functions: a DynamoDB Streams event source mapping per <see cref="TableStreamTrigger"/>
/// and an EventBridge rule per <see cref="EventRuleTrigger"/>. Each has a dead-letter queue for what it finally gives up on,
/// so nothing is dropped silently: an alarm fires on the first dead letter (the stack sends it to the operations topic).
/// Both invoke the function's <see cref="ShopFunction.Live"/> alias.
/// </summary>
internal static class EventTriggers
{
    /// <summary>How long a dead letter is kept: SQS's maximum, time enough to look and redrive.</summary>
    public static readonly Duration DeadLetterRetention = Duration.Days(14);

    /// <summary>EventBridge retries a failed invocation this often, within <see cref="RuleMaxEventAge"/>, before dead-lettering it.</summary>
    public const int RuleRetryAttempts = 8;

    public static readonly Duration RuleMaxEventAge = Duration.Hours(24);

    /// <summary>The stream mapping: in shard order, filtered to the trigger's item type, with partial batch failures and bisecting.</summary>
    /// <remarks>
    /// The mapping is made where <see cref="DynamoEventSource"/> made it before the functions had aliases (under the function,
    /// named after the table), so its logical id stays the same and moving it to the alias is an in-place update of its
    /// FunctionName. A new mapping would begin again at TRIM_HORIZON and replay a day of order changes beside the old one.
    /// </remarks>
    public static Alarm AddStreamMapping(Construct scope, string name, ShopFunction function, TableStreamTrigger trigger, ITableV2 table)
    {
        var (failures, alarm) = DeadLetterQueue(scope, $"{name}StreamFailures",
            $"{name} gave up on stream records: their shard and sequence numbers are in the dead-letter queue. Fix the cause, then replay them.");
        var streamArn = table.TableStreamArn
            ?? throw new InvalidOperationException($"{name} reads the shop table's stream, but the table has no stream.");
        _ = new EventSourceMapping(function.Function, $"DynamoDBEventSource:{Names.NodeUniqueId(table.Node)}", new EventSourceMappingProps
        {
            Target = function.Live,
            EventSourceArn = streamArn,
            StartingPosition = StartingPosition.TRIM_HORIZON,
            BatchSize = trigger.BatchSize,
            MaxBatchingWindow = Duration.Seconds(trigger.MaxBatchingWindowSeconds),
            RetryAttempts = trigger.MaxRetryAttempts,
            BisectBatchOnError = trigger.BisectBatchOnError,
            ReportBatchItemFailures = true,
            // One batch per shard at a time: an order's changes stay in order.
            ParallelizationFactor = 1,
            MaxRecordAge = Duration.Days(1),
            Filters = [ItemTypeFilter(trigger.ItemType)],
            OnFailure = new SqsDlq(failures),
        });
        _ = table.GrantStreamRead(function.Live);
        return alarm;
    }

    /// <summary>The EventBridge rule on the default bus, with retries and a dead-letter queue on its target.</summary>
    public static (Rule Rule, Alarm DeadLetters) AddRule(Construct scope, string name, ShopFunction function, EventRuleTrigger trigger)
    {
        var (deadLetters, alarm) = DeadLetterQueue(scope, $"{name}EventFailures",
            $"{name} failed events after every retry: they are in its dead-letter queue. Fix the cause, then send them again.");
        var rule = new Rule(scope, $"{name}Rule", new RuleProps
        {
            Description = $"Sends {trigger.Source} events to {name}.",
            EventPattern = new EventPattern
            {
                Source = [trigger.Source],
                DetailType = [.. trigger.DetailTypes],
                Detail = trigger.DetailFilter.Count == 0
                    ? null
                    : trigger.DetailFilter.ToDictionary(f => f.Key, f => (object)f.Value.ToArray(), StringComparer.Ordinal),
            },
            Targets =
            [
                new LambdaFunctionTarget(function.Live, new LambdaFunctionProps
                {
                    DeadLetterQueue = deadLetters,
                    RetryAttempts = RuleRetryAttempts,
                    MaxEventAge = RuleMaxEventAge,
                }),
            ],
        });
        return (rule, alarm);
    }

    /// <summary>Only images whose <c>type</c> attribute is <paramref name="itemType"/> reach the function.</summary>
    private static IDictionary<string, object> ItemTypeFilter(string itemType) =>
        FilterCriteria.Filter(new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["dynamodb"] = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["NewImage"] = new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    ["type"] = new Dictionary<string, object>(StringComparer.Ordinal) { ["S"] = FilterRule.IsEqual(itemType) },
                },
            },
        });

    private static (Queue Queue, Alarm Alarm) DeadLetterQueue(Construct scope, string id, string alarmDescription)
    {
        var queue = new Queue(scope, id, new QueueProps
        {
            Encryption = QueueEncryption.SQS_MANAGED,
            EnforceSSL = true,
            RetentionPeriod = DeadLetterRetention,
        });
        var alarm = queue.MetricApproximateNumberOfMessagesVisible(new MetricOptions { Period = Duration.Minutes(1), Statistic = Stats.MAXIMUM })
            .CreateAlarm(scope, id + "Alarm", new CreateAlarmOptions
            {
                AlarmDescription = alarmDescription,
                Threshold = 1,
                ComparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                EvaluationPeriods = 1,
                DatapointsToAlarm = 1,
                TreatMissingData = TreatMissingData.NOT_BREACHING,
            });
        return (queue, alarm);
    }
}

namespace GitGoods.Adapters.Queues;

/// <summary>
/// The orders queue and its dead-letter queue: names and limits in one place, so the CDK app, the local environment and
/// the adapters agree. Lambda's guidance applies: the visibility timeout should be at least six times the
/// consumer function's timeout, so a batch is not redelivered while it is still being processed.
/// </summary>
public static class OrderQueues
{
    /// <summary>Placed orders on their way to fulfilment.</summary>
    public const string QueueName = "gitgoods-orders";

    /// <summary>Orders that failed <see cref="MaxReceiveCount"/> times, kept for an operator to inspect and redrive.</summary>
    public const string DeadLetterQueueName = "gitgoods-orders-dlq";

    /// <summary>Receives before SQS moves a message to the dead-letter queue (AWS recommends at least 5 with Lambda).</summary>
    public const int MaxReceiveCount = 5;

    /// <summary>How long a received message stays hidden before it is delivered again.</summary>
    public const int DefaultVisibilityTimeoutSeconds = 30;

    /// <summary>The orders queue keeps a message 4 days (the SQS default); less than the dead-letter queue keeps it.</summary>
    public const int RetentionSeconds = 4 * 24 * 60 * 60;

    /// <summary>
    /// 14 days, the SQS maximum. On a standard queue, retention counts from the original send, so the dead-letter
    /// queue must keep messages longer than the source queue does.
    /// </summary>
    public const int DeadLetterRetentionSeconds = 14 * 24 * 60 * 60;

    /// <summary>The largest batch SQS sends, receives or deletes in one call, and the largest Lambda batch from a standard queue here.</summary>
    public const int MaxBatchSize = 10;

    /// <summary>The variable that gives a function the orders queue's URL.</summary>
    public const string QueueUrlVariable = "ORDERS_QUEUE_URL";

    /// <summary>The variable that gives a function the dead-letter queue's URL.</summary>
    public const string DeadLetterQueueUrlVariable = "ORDERS_DLQ_URL";
}

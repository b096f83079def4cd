namespace GitGoods.LocalEnvironment.Queues;

/// <summary>A source queue and its dead-letter queue, as created: URLs for clients, ARNs for redrive and event sources.</summary>
public sealed record ProvisionedQueues(string QueueUrl, string QueueArn, string DeadLetterQueueUrl, string DeadLetterQueueArn);

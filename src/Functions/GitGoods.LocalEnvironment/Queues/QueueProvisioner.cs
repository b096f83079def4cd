using System.Globalization;
using System.Text.Json;
using Amazon.SQS;
using Amazon.SQS.Model;
using GitGoods.Adapters.Queues;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Queues;

/// <summary>
/// Creates the orders queue and its dead-letter queue locally, with the limits of <see cref="OrderQueues"/> (on AWS the
/// CDK app creates them). Safe to run again: an existing queue gets the configured attributes.
/// </summary>
public sealed class QueueProvisioner(IAmazonSQS sqs, ILogger<QueueProvisioner> logger)
{
    /// <summary>Creates <see cref="OrderQueues.QueueName"/> and <see cref="OrderQueues.DeadLetterQueueName"/>.</summary>
    public Task<ProvisionedQueues> EnsureOrderQueuesAsync(int visibilityTimeoutSeconds, CancellationToken cancellationToken) =>
        EnsureAsync(OrderQueues.QueueName, OrderQueues.DeadLetterQueueName, visibilityTimeoutSeconds, cancellationToken);

    /// <summary>
    /// Creates <paramref name="queueName"/> (visibility timeout as given, <see cref="OrderQueues.RetentionSeconds"/>) and
    /// <paramref name="deadLetterQueueName"/> (<see cref="OrderQueues.DeadLetterRetentionSeconds"/>), and a redrive policy
    /// that moves a message there after <paramref name="maxReceiveCount"/> receives.
    /// </summary>
    public async Task<ProvisionedQueues> EnsureAsync(
        string queueName, string deadLetterQueueName, int visibilityTimeoutSeconds, CancellationToken cancellationToken,
        int maxReceiveCount = OrderQueues.MaxReceiveCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(visibilityTimeoutSeconds);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxReceiveCount, 1);
        var (dlqUrl, dlqArn) = await EnsureQueueAsync(deadLetterQueueName, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["MessageRetentionPeriod"] = Seconds(OrderQueues.DeadLetterRetentionSeconds),
        }, cancellationToken);
        var (url, arn) = await EnsureQueueAsync(queueName, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["VisibilityTimeout"] = Seconds(visibilityTimeoutSeconds),
            ["MessageRetentionPeriod"] = Seconds(OrderQueues.RetentionSeconds),
            ["RedrivePolicy"] = RedrivePolicy(dlqArn, maxReceiveCount),
        }, cancellationToken);
        logger.QueueReady(queueName, deadLetterQueueName, visibilityTimeoutSeconds);
        return new ProvisionedQueues(url, arn, dlqUrl, dlqArn);
    }

    /// <summary>The redrive policy document SQS expects.</summary>
    public static string RedrivePolicy(string deadLetterQueueArn, int maxReceiveCount)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("deadLetterTargetArn", deadLetterQueueArn);
            writer.WriteNumber("maxReceiveCount", maxReceiveCount);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private async Task<(string Url, string Arn)> EnsureQueueAsync(
        string name, Dictionary<string, string> attributes, CancellationToken cancellationToken)
    {
        // Created bare, then given its attributes: CreateQueue refuses an existing queue whose attributes differ.
        var url = (await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = name }, cancellationToken)).QueueUrl;
        await sqs.SetQueueAttributesAsync(new SetQueueAttributesRequest { QueueUrl = url, Attributes = attributes }, cancellationToken);
        var read = await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest { QueueUrl = url, AttributeNames = ["QueueArn"] }, cancellationToken);
        var arn = read.Attributes?.GetValueOrDefault("QueueArn")
            ?? throw new InvalidOperationException($"SQS did not return the ARN of queue {name}.");
        return (url, arn);
    }

    private static string Seconds(int seconds) => seconds.ToString(CultureInfo.InvariantCulture);
}

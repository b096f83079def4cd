using Amazon.SQS;
using Amazon.SQS.Model;

namespace GitGoods.TestSupport;

/// <summary>Reads a test queue directly, as an independent observer of what the adapters did.</summary>
public static class QueueReader
{
    /// <summary>Receives and deletes until <paramref name="expected"/> messages arrived or the deadline passed.</summary>
    public static async Task<IReadOnlyList<Message>> DrainAsync(IAmazonSQS sqs, string queueUrl, int expected, TimeSpan deadline)
    {
        ArgumentNullException.ThrowIfNull(sqs);
        var received = new List<Message>();
        using var timeout = new CancellationTokenSource(deadline);
        while (received.Count < expected && !timeout.IsCancellationRequested)
        {
            var response = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest
            {
                QueueUrl = queueUrl,
                MaxNumberOfMessages = 10,
                WaitTimeSeconds = 1,
                MessageSystemAttributeNames = ["All"],
            });
            foreach (var message in response.Messages ?? [])
            {
                received.Add(message);
                await sqs.DeleteMessageAsync(queueUrl, message.ReceiptHandle);
            }
        }

        return received;
    }

    /// <summary>Visible plus in-flight messages, as SQS counts them.</summary>
    public static async Task<int> CountAsync(IAmazonSQS sqs, string queueUrl)
    {
        ArgumentNullException.ThrowIfNull(sqs);
        var attributes = await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest
        {
            QueueUrl = queueUrl,
            AttributeNames = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
        });
        return attributes.ApproximateNumberOfMessages + attributes.ApproximateNumberOfMessagesNotVisible;
    }
}

using Amazon.SQS.Model;
using GitGoods.Hosting.Sqs;

namespace GitGoods.LocalEnvironment.Queues;

/// <summary>Turns received SQS messages into the event Lambda's SQS event source mapping hands a function.</summary>
public static class SqsEventBuilder
{
    public static SqsEvent Build(IReadOnlyList<Message> messages, string queueArn, string region)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var sqsEvent = new SqsEvent();
        foreach (var message in messages)
        {
            var attributes = message.Attributes ?? [];
            sqsEvent.Records.Add(new SqsMessage
            {
                MessageId = message.MessageId,
                ReceiptHandle = message.ReceiptHandle,
                Body = message.Body,
                Attributes = new SqsMessageSystemAttributes
                {
                    ApproximateReceiveCount = attributes.GetValueOrDefault("ApproximateReceiveCount"),
                    SentTimestamp = attributes.GetValueOrDefault("SentTimestamp"),
                    SenderId = attributes.GetValueOrDefault("SenderId"),
                    ApproximateFirstReceiveTimestamp = attributes.GetValueOrDefault("ApproximateFirstReceiveTimestamp"),
                    MessageGroupId = attributes.GetValueOrDefault("MessageGroupId"),
                    MessageDeduplicationId = attributes.GetValueOrDefault("MessageDeduplicationId"),
                    SequenceNumber = attributes.GetValueOrDefault("SequenceNumber"),
                    AwsTraceHeader = attributes.GetValueOrDefault("AWSTraceHeader"),
                },
                MessageAttributes = MessageAttributes(message.MessageAttributes),
                Md5OfBody = message.MD5OfBody,
                EventSource = "aws:sqs",
                EventSourceArn = queueArn,
                AwsRegion = region,
            });
        }

        return sqsEvent;
    }

    // Lambda always sends the map (empty when there are none) and both list keys on every value.
    private static Dictionary<string, SqsMessageAttributeValue> MessageAttributes(Dictionary<string, MessageAttributeValue>? attributes)
    {
        var converted = new Dictionary<string, SqsMessageAttributeValue>(StringComparer.Ordinal);
        foreach (var (name, value) in attributes ?? [])
        {
            converted[name] = new SqsMessageAttributeValue
            {
                StringValue = value.StringValue,
                BinaryValue = value.BinaryValue is null ? null : Convert.ToBase64String(value.BinaryValue.ToArray()),
                StringListValues = value.StringListValues ?? [],
                BinaryListValues = [.. (value.BinaryListValues ?? []).Select(b => Convert.ToBase64String(b.ToArray()))],
                DataType = value.DataType,
            };
        }

        return converted;
    }
}

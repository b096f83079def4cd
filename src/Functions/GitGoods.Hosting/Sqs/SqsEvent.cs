using System.Text.Json.Serialization;

namespace GitGoods.Hosting.Sqs;

/// <summary>The batch an SQS event source mapping hands to a function.</summary>
public sealed class SqsEvent
{
    /// <summary>Capitalised in the event, unlike every other key.</summary>
    [JsonPropertyName("Records")]
    public IList<SqsMessage> Records { get; set; } = [];
}

/// <summary>One SQS message of a batch. Keys are camelCase except <c>eventSourceARN</c>.</summary>
public sealed class SqsMessage
{
    public string MessageId { get; set; } = "";
    public string ReceiptHandle { get; set; } = "";
    public string Body { get; set; } = "";
    public SqsMessageSystemAttributes Attributes { get; set; } = new();
    public IDictionary<string, SqsMessageAttributeValue>? MessageAttributes { get; set; }
    public string? Md5OfBody { get; set; }
    public string EventSource { get; set; } = "aws:sqs";

    [JsonPropertyName("eventSourceARN")]
    public string EventSourceArn { get; set; } = "";

    public string AwsRegion { get; set; } = "";
}

/// <summary>SQS system attributes: PascalCase keys, every value a string (timestamps are epoch milliseconds).</summary>
public sealed class SqsMessageSystemAttributes
{
    [JsonPropertyName("ApproximateReceiveCount")]
    public string? ApproximateReceiveCount { get; set; }

    [JsonPropertyName("SentTimestamp")]
    public string? SentTimestamp { get; set; }

    [JsonPropertyName("SenderId")]
    public string? SenderId { get; set; }

    [JsonPropertyName("ApproximateFirstReceiveTimestamp")]
    public string? ApproximateFirstReceiveTimestamp { get; set; }

    /// <summary>FIFO queues only.</summary>
    [JsonPropertyName("MessageGroupId")]
    public string? MessageGroupId { get; set; }

    /// <summary>FIFO queues only.</summary>
    [JsonPropertyName("MessageDeduplicationId")]
    public string? MessageDeduplicationId { get; set; }

    /// <summary>FIFO queues only.</summary>
    [JsonPropertyName("SequenceNumber")]
    public string? SequenceNumber { get; set; }

    [JsonPropertyName("AWSTraceHeader")]
    public string? AwsTraceHeader { get; set; }
}

/// <summary>A user message attribute as Lambda delivers it.</summary>
public sealed class SqsMessageAttributeValue
{
    public string? StringValue { get; set; }
    public string? BinaryValue { get; set; }
    public IList<string>? StringListValues { get; set; }
    public IList<string>? BinaryListValues { get; set; }
    public string DataType { get; set; } = "String";
}

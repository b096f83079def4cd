using System.Text.Json.Serialization;

namespace GitGoods.Hosting.DynamoDbStreams;

/// <summary>
/// The batch a DynamoDB Streams event source mapping hands to a function (the local stream poller builds the same).
/// Key casing follows the event exactly: <c>Records</c>, <c>eventID</c>, <c>eventSourceARN</c>, and PascalCase inside
/// <c>dynamodb</c>.
/// </summary>
public sealed class DynamoDbStreamEvent
{
    [JsonPropertyName("Records")]
    public IList<DynamoDbStreamRecord> Records { get; set; } = [];
}

/// <summary>One change of one item.</summary>
public sealed class DynamoDbStreamRecord
{
    [JsonPropertyName("eventID")]
    public string EventId { get; set; } = "";

    /// <summary><c>INSERT</c>, <c>MODIFY</c> or <c>REMOVE</c>.</summary>
    public string EventName { get; set; } = "";

    public string EventVersion { get; set; } = "1.1";

    public string EventSource { get; set; } = "aws:dynamodb";

    public string AwsRegion { get; set; } = "";

    [JsonPropertyName("dynamodb")]
    public DynamoDbStreamChange DynamoDb { get; set; } = new();

    [JsonPropertyName("eventSourceARN")]
    public string EventSourceArn { get; set; } = "";
}

/// <summary>The change itself: keys, images (as the stream view type allows) and its place in the shard.</summary>
public sealed class DynamoDbStreamChange
{
    /// <summary>Epoch seconds (fractional on newer streams).</summary>
    [JsonPropertyName("ApproximateCreationDateTime")]
    public double ApproximateCreationDateTime { get; set; }

    [JsonPropertyName("Keys")]
    public IDictionary<string, StreamAttributeValue> Keys { get; set; } = new Dictionary<string, StreamAttributeValue>(StringComparer.Ordinal);

    [JsonPropertyName("NewImage")]
    public IDictionary<string, StreamAttributeValue>? NewImage { get; set; }

    [JsonPropertyName("OldImage")]
    public IDictionary<string, StreamAttributeValue>? OldImage { get; set; }

    /// <summary>The record's position in its shard; also the <c>itemIdentifier</c> of a partial batch failure.</summary>
    [JsonPropertyName("SequenceNumber")]
    public string SequenceNumber { get; set; } = "";

    [JsonPropertyName("SizeBytes")]
    public long SizeBytes { get; set; }

    /// <summary><c>NEW_AND_OLD_IMAGES</c> for the shop table.</summary>
    [JsonPropertyName("StreamViewType")]
    public string StreamViewType { get; set; } = "";
}

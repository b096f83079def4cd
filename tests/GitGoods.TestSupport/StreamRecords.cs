using System.Globalization;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Orders;
using GitGoods.Domain.Orders;
using GitGoods.Hosting.DynamoDbStreams;

namespace GitGoods.TestSupport;

/// <summary>DynamoDB Streams records (NEW_AND_OLD_IMAGES) of real order items, as the shop table's stream carries them.</summary>
public static class StreamRecords
{
    public const string StreamArn = "arn:aws:dynamodb:ap-southeast-1:111122223333:table/GitGoods/stream/2026-01-01T00:00:00.000";

    /// <summary>The record of a write that turned <paramref name="before"/> (null: an insert) into <paramref name="after"/>.</summary>
    public static DynamoDbStreamRecord OrderChange(Order? before, Order after, long sequenceNumber, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(after);
        var newImage = ToStream(OrderImages.ToImage(after));
        return new DynamoDbStreamRecord
        {
            EventId = Guid.NewGuid().ToString("N"),
            EventName = before is null ? "INSERT" : "MODIFY",
            AwsRegion = "ap-southeast-1",
            EventSourceArn = StreamArn,
            DynamoDb = new DynamoDbStreamChange
            {
                ApproximateCreationDateTime = at.ToUnixTimeMilliseconds() / 1000.0,
                Keys = new Dictionary<string, StreamAttributeValue>(StringComparer.Ordinal) { ["PK"] = newImage["PK"], ["SK"] = newImage["SK"] },
                NewImage = newImage,
                OldImage = before is null ? null : ToStream(OrderImages.ToImage(before)),
                SequenceNumber = sequenceNumber.ToString("D21", CultureInfo.InvariantCulture),
                SizeBytes = 1000,
                StreamViewType = "NEW_AND_OLD_IMAGES",
            },
        };
    }

    public static IDictionary<string, StreamAttributeValue> ToStream(IReadOnlyDictionary<string, AttributeValue> image) =>
        GitGoods.Analytics.OrderChanges.StreamImages.FromAttributes(image);
}

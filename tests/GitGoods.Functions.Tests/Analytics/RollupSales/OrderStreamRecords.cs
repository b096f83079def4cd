using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Orders;
using GitGoods.Analytics.OrderChanges;
using GitGoods.Domain.Orders;
using GitGoods.Hosting.DynamoDbStreams;

namespace GitGoods.Functions.Tests.Analytics.RollupSales;

/// <summary>
/// Stream records of real order images: each status of an order is written by the real order store, its item read back
/// and wrapped as the stream would wrap it (NEW and OLD images, a growing sequence number).
/// </summary>
internal sealed class OrderStreamRecords(IAmazonDynamoDB dynamoDb, string table)
{
    private static long _sequence = 1000;
    private readonly DynamoOrderStore _store = new(dynamoDb, table);

    /// <summary>One record per status of <paramref name="path"/> (the first is the placed order's INSERT), in shard order.</summary>
    public async Task<IReadOnlyList<DynamoDbStreamRecord>> WriteAsync(Order placed, IReadOnlyList<OrderStatus> path)
    {
        (await _store.CreateAsync(placed, CancellationToken.None)).Should().BeTrue();
        var records = new List<DynamoDbStreamRecord>();
        Dictionary<string, StreamAttributeValue>? old = null;
        var order = placed;
        for (var i = 0; i < path.Count; i++)
        {
            if (i > 0)
            {
                order = order.MoveTo(path[i], order.UpdatedAt.AddMinutes(1), path[i] == OrderStatus.Rejected ? "PAYMENT_DECLINED" : null);
                (await _store.SaveTransitionAsync(order, CancellationToken.None)).Should().BeTrue();
            }

            var image = await ImageAsync(order.Id);
            records.Add(Record(old is null ? "INSERT" : "MODIFY", image, old));
            old = image;
        }

        return records;
    }

    public static DynamoDbStreamRecord Record(string eventName, Dictionary<string, StreamAttributeValue> newImage,
        Dictionary<string, StreamAttributeValue>? oldImage) => new()
    {
        EventId = Guid.NewGuid().ToString("N"),
        EventName = eventName,
        AwsRegion = "ap-southeast-1",
        EventSourceArn = "arn:aws:dynamodb:ap-southeast-1:000000000000:table/test/stream/2026-01-01T00:00:00.000",
        DynamoDb = new DynamoDbStreamChange
        {
            ApproximateCreationDateTime = 1_767_225_600,
            Keys = new Dictionary<string, StreamAttributeValue>(StringComparer.Ordinal) { ["PK"] = newImage["PK"], ["SK"] = newImage["SK"] },
            NewImage = newImage,
            OldImage = oldImage,
            SequenceNumber = Interlocked.Increment(ref _sequence).ToString("D21", CultureInfo.InvariantCulture),
            StreamViewType = "NEW_AND_OLD_IMAGES",
        },
    };

    private async Task<Dictionary<string, StreamAttributeValue>> ImageAsync(string orderId)
    {
        var item = (await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = table,
            Key = new(StringComparer.Ordinal) { ["PK"] = new("ORDER#" + orderId), ["SK"] = new("ORDER") },
            ConsistentRead = true,
        })).Item;
        return item.ToDictionary(a => a.Key, a => StreamImages.FromAttribute(a.Value), StringComparer.Ordinal);
    }
}

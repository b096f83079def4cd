using GitGoods.Adapters.Orders;
using GitGoods.Domain.Orders;
using GitGoods.Hosting.DynamoDbStreams;

namespace GitGoods.Analytics.OrderChanges;

/// <summary>
/// One change of an order as its stream record tells it: the order before (null when it was just placed) and after.
/// Records of other items (carts, products, rollups) are not order changes.
/// </summary>
public sealed record OrderChange(Order? Before, Order After, string SequenceNumber, DateTimeOffset ApproximateAt)
{
    /// <summary>The order change in <paramref name="record"/>, or null when the record is not an order's insert or update.</summary>
    /// <exception cref="KeyNotFoundException">When an order image lacks an attribute the order needs (a malformed record).</exception>
    public static OrderChange? From(DynamoDbStreamRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.DynamoDb.NewImage is not { } newImage)
        {
            return null;
        }

        var after = StreamImages.ToAttributes(newImage);
        if (!OrderImages.IsOrder(after))
        {
            return null;
        }

        var before = record.DynamoDb.OldImage is { } oldImage ? StreamImages.ToAttributes(oldImage) : null;
        return new OrderChange(
            OrderImages.IsOrder(before) ? OrderImages.ToOrder(before!) : null,
            OrderImages.ToOrder(after),
            record.DynamoDb.SequenceNumber,
            DateTimeOffset.FromUnixTimeMilliseconds((long)(record.DynamoDb.ApproximateCreationDateTime * 1000)));
    }
}

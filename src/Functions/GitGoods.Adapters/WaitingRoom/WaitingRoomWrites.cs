using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.WaitingRoom;

namespace GitGoods.Adapters.WaitingRoom;

/// <summary>The place writes of an advance and of a completed order, each conditional on what the decision was made on.</summary>
internal static class WaitingRoomWrites
{
    public static TransactWriteItem Place(string tableName, string saleId, PlaceChange change, DateTimeOffset now)
    {
        if (change.State == PlaceState.Void)
        {
            // Never written by its joiner (yet): the put only lands if the place still does not exist.
            var item = WaitingRoomItems.PlaceItem(saleId, new Domain.WaitingRoom.Place(change.Position, "", PlaceState.Void, now, now), now.AddDays(1));
            _ = item.Remove("shopperId");
            return new TransactWriteItem { Put = new Put { TableName = tableName, Item = item, ConditionExpression = "attribute_not_exists(PK)" } };
        }

        var values = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [":waiting"] = new AttributeValue(nameof(PlaceState.Waiting)),
            [":state"] = new AttributeValue(change.State.ToString()),
        };
        var update = "SET #state = :state";
        var condition = "#state = :waiting";
        if (change.State == PlaceState.Admitted)
        {
            update += ", admissionExpiresAt = :expiry, admittedAt = :now";
            values[":expiry"] = new AttributeValue(ItemValues.Iso(change.AdmissionExpiresAt!.Value));
            values[":now"] = new AttributeValue(ItemValues.Iso(now));
        }
        else
        {
            condition += " AND lastSeenAt = :seen"; // a check-in that landed meanwhile keeps the place
            values[":seen"] = new AttributeValue(ItemValues.Iso(change.SeenAt!.Value));
        }

        return new TransactWriteItem
        {
            Update = new Update
            {
                TableName = tableName, Key = WaitingRoomItems.PlaceKey(saleId, change.Position), UpdateExpression = update, ConditionExpression = condition,
                ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#state"] = "state" }, ExpressionAttributeValues = values,
            },
        };
    }

    public static TransactWriteItem Completed(string tableName, string saleId, long position) => new()
    {
        Update = new Update
        {
            TableName = tableName, Key = WaitingRoomItems.PlaceKey(saleId, position),
            UpdateExpression = "SET #state = :completed", ConditionExpression = "#state = :admitted",
            ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#state"] = "state" },
            ExpressionAttributeValues = new(StringComparer.Ordinal)
            {
                [":completed"] = new AttributeValue(nameof(PlaceState.Completed)), [":admitted"] = new AttributeValue(nameof(PlaceState.Admitted)),
            },
        },
    };
}

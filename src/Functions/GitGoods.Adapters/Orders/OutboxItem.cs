using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Orders;

namespace GitGoods.Adapters.Orders;

/// <summary>
/// The outbox entry of a placed order: <c>PK = OUTBOX#&lt;shard&gt;</c>, <c>SK = &lt;placedAt&gt;#&lt;orderId&gt;</c>. Spread over
/// <see cref="Shards"/> partitions so a sales-day surge of orders does not write one hot partition.
/// </summary>
internal static class OutboxItem
{
    public const int Shards = 8;

    public static string PartitionOf(int shard) => "OUTBOX#" + shard.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static int ShardOf(string orderId) => (int)((uint)StableHash(orderId) % Shards);

    public static Dictionary<string, AttributeValue> ToItem(Order order) => new(StringComparer.Ordinal)
    {
        [ShopTable.PartitionKey] = new(PartitionOf(ShardOf(order.Id))),
        [ShopTable.SortKey] = new(ItemValues.Iso(order.CreatedAt) + "#" + order.Id),
        ["type"] = new("OrderOutbox"),
        ["orderId"] = new(order.Id),
    };

    public static Dictionary<string, AttributeValue> Key(OutboxEntry entry) => new(StringComparer.Ordinal)
    {
        [ShopTable.PartitionKey] = new(PartitionOf(ShardOf(entry.OrderId))),
        [ShopTable.SortKey] = new(ItemValues.Iso(entry.PlacedAt) + "#" + entry.OrderId),
    };

    public static OutboxEntry FromItem(Dictionary<string, AttributeValue> item)
    {
        var sortKey = item[ShopTable.SortKey].S;
        var hash = sortKey.LastIndexOf('#');
        return new OutboxEntry(item["orderId"].S,
            DateTimeOffset.Parse(sortKey[..hash], System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal));
    }

    // FNV-1a: stable across processes (string.GetHashCode is randomised per process).
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }
}

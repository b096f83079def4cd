using System.Globalization;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.WaitingRoom;

namespace GitGoods.Adapters.WaitingRoom;

/// <summary>
/// The waiting room's items in the shop table (docs/data-model.md, docs/waiting-room.md):
/// <c>WAITROOM#SALES / SALE#&lt;id&gt;</c> lists the sales (one query for the order route's check);
/// <c>WAITROOM#&lt;id&gt; / LINE</c> holds the sale's definition, counter, pointer, allowance and checkout map;
/// <c>WAITROOM#&lt;id&gt; / POS#&lt;position, 12 digits&gt;</c> one place; <c>WAITROOM#&lt;id&gt; / SHOPPER#&lt;sub&gt;</c> the shopper's latest place.
/// Places and pointers carry <c>expiresAtEpoch</c>, so the table's TTL removes them a day after the sale ends.
/// </summary>
internal static class WaitingRoomItems
{
    public const string SalesPartition = "WAITROOM#SALES";
    public const string LineSortKey = "LINE";
    public const string Version = "version";
    public const string Issued = "issued";
    public const string Checkout = "checkout";

    public static string Partition(string saleId) => "WAITROOM#" + saleId;

    public static Dictionary<string, AttributeValue> Key(string partition, string sort) => new(StringComparer.Ordinal)
    {
        [ShopTable.PartitionKey] = new AttributeValue(partition),
        [ShopTable.SortKey] = new AttributeValue(sort),
    };

    public static Dictionary<string, AttributeValue> ListKey(string saleId) => Key(SalesPartition, "SALE#" + saleId);

    public static Dictionary<string, AttributeValue> LineKey(string saleId) => Key(Partition(saleId), LineSortKey);

    public static Dictionary<string, AttributeValue> PlaceKey(string saleId, long position) => Key(Partition(saleId), PlaceSortKey(position));

    public static Dictionary<string, AttributeValue> ShopperKey(string saleId, string shopperId) => Key(Partition(saleId), "SHOPPER#" + shopperId);

    public static string PlaceSortKey(long position) => "POS#" + position.ToString("D12", CultureInfo.InvariantCulture);

    /// <summary>The definition's attributes, as both the list item and the line item hold them.</summary>
    public static Dictionary<string, AttributeValue> Definition(Sale sale)
    {
        var item = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            ["saleId"] = new AttributeValue(sale.Id),
            ["name"] = new AttributeValue(sale.Name),
            ["startsAt"] = new AttributeValue(ItemValues.Iso(sale.StartsAt)),
            ["endsAt"] = new AttributeValue(ItemValues.Iso(sale.EndsAt)),
            ["capacity"] = ItemValues.Number(sale.Capacity),
            ["admissionRatePerMinute"] = ItemValues.Number(sale.AdmissionRatePerMinute),
            ["admissionTtlSeconds"] = ItemValues.Number(sale.AdmissionTtlSeconds),
            ["abandonAfterSeconds"] = ItemValues.Number(sale.AbandonAfterSeconds),
        };
        if (sale.ProductIds is { } products)
        {
            item["productIds"] = new AttributeValue { L = [.. products.Select(p => new AttributeValue(p))] };
        }

        return item;
    }

    public static Sale ToSale(Dictionary<string, AttributeValue> item) => new(
        item["saleId"].S, item["name"].S, ItemValues.ParseTime(item["startsAt"].S), ItemValues.ParseTime(item["endsAt"].S),
        item.TryGetValue("productIds", out var products) && products.L is { Count: > 0 } list ? [.. list.Select(p => p.S)] : null,
        Int(item, "capacity"), Int(item, "admissionRatePerMinute"), Int(item, "admissionTtlSeconds"), Int(item, "abandonAfterSeconds"));

    public static SaleLine ToLine(Dictionary<string, AttributeValue> item) =>
        new(Long(item, Issued), Long(item, "served"), double.Parse(item["allowance"].N, CultureInfo.InvariantCulture),
            ItemValues.ParseTime(item["allowanceAt"].S),
            item.TryGetValue(Checkout, out var map) && map.M is { } entries
                ? entries.ToDictionary(e => long.Parse(e.Key, CultureInfo.InvariantCulture), e => DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(e.Value.N, CultureInfo.InvariantCulture)))
                : new Dictionary<long, DateTimeOffset>())
        {
            Admitted = Long(item, "admitted"),
            Abandoned = Long(item, "abandoned"),
            Completed = Long(item, "completed"),
            Expired = Long(item, "expired"),
            Version = Long(item, Version),
        };

    public static AttributeValue CheckoutMap(IReadOnlyDictionary<long, DateTimeOffset> checkout) => new()
    {
        M = checkout.ToDictionary(c => c.Key.ToString(CultureInfo.InvariantCulture), c => ItemValues.Number(c.Value.ToUnixTimeMilliseconds()), StringComparer.Ordinal),
        IsMSet = true,
    };

    public static Dictionary<string, AttributeValue> PlaceItem(string saleId, Place place, DateTimeOffset keepUntil)
    {
        var item = PlaceKey(saleId, place.Position);
        item["position"] = ItemValues.Number(place.Position);
        item["shopperId"] = new AttributeValue(place.ShopperId);
        item["state"] = new AttributeValue(place.State.ToString());
        item["joinedAt"] = new AttributeValue(ItemValues.Iso(place.JoinedAt));
        item["lastSeenAt"] = new AttributeValue(ItemValues.Iso(place.LastSeenAt));
        item[ShopTable.TimeToLive] = ItemValues.Number(keepUntil.ToUnixTimeSeconds());
        return item;
    }

    public static Place ToPlace(Dictionary<string, AttributeValue> item) =>
        new(Long(item, "position"), item.TryGetValue("shopperId", out var shopper) ? shopper.S : "", Enum.Parse<PlaceState>(item["state"].S),
            item.TryGetValue("joinedAt", out var joined) ? ItemValues.ParseTime(joined.S) : DateTimeOffset.UnixEpoch,
            item.TryGetValue("lastSeenAt", out var seen) ? ItemValues.ParseTime(seen.S) : DateTimeOffset.UnixEpoch)
        {
            AdmissionExpiresAt = item.TryGetValue("admissionExpiresAt", out var expiry) ? ItemValues.ParseTime(expiry.S) : null,
        };

    public static long PositionOf(Dictionary<string, AttributeValue> item) => Long(item, "position");

    private static int Int(Dictionary<string, AttributeValue> item, string name) => int.Parse(item[name].N, CultureInfo.InvariantCulture);

    private static long Long(Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.N is { } n ? long.Parse(n, CultureInfo.InvariantCulture) : 0;
}

using System.Globalization;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Cart;

using static GitGoods.Adapters.Table.ItemValues;

namespace GitGoods.Adapters.Cart;

/// <summary>
/// Maps a <see cref="ShoppingCart"/> to and from its DynamoDB item: <c>PK = CART#USER#sub | CART#ANON#id</c>,
/// <c>SK = CART</c>, <c>lines</c> a map of product id → quantity (no prices: they are read at pricing time).
/// </summary>
internal static class CartItem
{
    public const string SortKeyValue = "CART";
    public const string Lines = "lines";
    public const string UpdatedAt = "updatedAt";
    public const string ExpiresAt = "expiresAt";

    public static Dictionary<string, AttributeValue> Key(CartOwner owner) => new(StringComparer.Ordinal)
    {
        [ShopTable.PartitionKey] = new(PartitionKeyOf(owner)),
        [ShopTable.SortKey] = new(SortKeyValue),
    };

    public static string PartitionKeyOf(CartOwner owner) => (owner.IsSignedIn ? "CART#USER#" : "CART#ANON#") + owner.Id;

    public static ShoppingCart FromItem(CartOwner owner, Dictionary<string, AttributeValue> item)
    {
        // A map has no order: lines come back sorted by product id, so a cart always reads the same.
        var lines = item.TryGetValue(Lines, out var map) && map.M is not null
            ? map.M.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new CartLine(p.Key, int.Parse(p.Value.N, CultureInfo.InvariantCulture)))
            : [];
        return ShoppingCart.Restore(owner, lines, DateTimeOffset.Parse(item[UpdatedAt].S, CultureInfo.InvariantCulture));
    }

    /// <summary>True when the stored item has expired at <paramref name="now"/> (TTL may not have deleted it yet).</summary>
    public static bool IsExpired(Dictionary<string, AttributeValue> item, DateTimeOffset now) =>
        !item.TryGetValue(ShopTable.TimeToLive, out var epoch)
        || long.Parse(epoch.N, CultureInfo.InvariantCulture) <= now.ToUnixTimeSeconds();



    /// <summary>The timestamps every write sets: last change, expiry, and the TTL attribute.</summary>
    public static Dictionary<string, AttributeValue> TimeValues(CartOwner owner, DateTimeOffset now) => new(StringComparer.Ordinal)
    {
        [":updatedAt"] = new(Iso(now)),
        [":expiresAt"] = new(Iso(now + owner.Lifetime)),
        [":epoch"] = Number((now + owner.Lifetime).ToUnixTimeSeconds()),
        [":now"] = Number(now.ToUnixTimeSeconds()),
    };

    public const string SetTimes = "updatedAt = :updatedAt, expiresAt = :expiresAt, expiresAtEpoch = :epoch";
}

using Amazon.DynamoDBv2.Model;
using GitGoods.Domain.Orders;

namespace GitGoods.Adapters.Orders;

/// <summary>Reads an order from an image of its item (a DynamoDB stream's NewImage or OldImage), by the store's own mapping.</summary>
public static class OrderImages
{
    /// <summary>The item <c>type</c> of orders: the stream filter of every order-change consumer.</summary>
    public const string ItemType = "Order";

    /// <summary>True when <paramref name="image"/> is an order's item.</summary>
    public static bool IsOrder(IReadOnlyDictionary<string, AttributeValue>? image) =>
        image is not null && image.TryGetValue("type", out var type) && string.Equals(type.S, ItemType, StringComparison.Ordinal)
        && image.TryGetValue("SK", out var sortKey) && string.Equals(sortKey.S, OrderItem.OrderSortKey, StringComparison.Ordinal);

    /// <summary>The order in <paramref name="image"/>.</summary>
    /// <exception cref="KeyNotFoundException">When the image lacks an order attribute.</exception>
    public static Order ToOrder(IReadOnlyDictionary<string, AttributeValue> image) =>
        OrderItem.FromItem(image.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal));

    /// <summary>The item the order store writes for <paramref name="order"/>: what a stream's NewImage of it holds (tests and replays build records from it).</summary>
    public static IReadOnlyDictionary<string, AttributeValue> ToImage(Order order) => OrderItem.ToItem(order);
}

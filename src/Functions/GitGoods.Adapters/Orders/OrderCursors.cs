using GitGoods.Adapters.Catalog;
using GitGoods.Adapters.Table;

namespace GitGoods.Adapters.Orders;

/// <summary>The opaque cursors of the order lists; each list has its own tag, so a cursor works only on its list.</summary>
internal static class OrderCursors
{
    public static IndexCursor All { get; } = new("o1", ShopTable.Gsi1PartitionKey, ShopTable.Gsi1SortKey, OrderKey);

    public static IndexCursor Customer { get; } = new("c1", ShopTable.Gsi2PartitionKey, ShopTable.Gsi2SortKey, OrderKey);

    public static IndexCursor ByStatus { get; } = new("t1", ShopTable.Gsi3PartitionKey, ShopTable.Gsi3SortKey, OrderKey);

    public static IndexCursor Seller(string sellerId) =>
        new("e1", ShopTable.Gsi2PartitionKey, ShopTable.Gsi2SortKey, id => (OrderItem.PartitionKeyOf(id), OrderItem.SellerSortKeyOf(sellerId)));

    private static (string Pk, string Sk) OrderKey(string orderId) => (OrderItem.PartitionKeyOf(orderId), OrderItem.OrderSortKey);
}

using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Cart;

namespace GitGoods.Adapters.Cart;

/// <summary>The writes that store a cart whole (a new cart) or change only some of its lines (a merge).</summary>
internal static class CartMergeWrites
{
    public static Dictionary<string, AttributeValue> ItemOf(ShoppingCart cart)
    {
        var item = CartItem.Key(cart.Owner);
        item["type"] = new("Cart");
        item[CartItem.Lines] = new AttributeValue
        {
            M = cart.Lines.ToDictionary(l => l.ProductId, l => ItemValues.Number(l.Quantity), StringComparer.Ordinal),
        };
        item[CartItem.UpdatedAt] = new(ItemValues.Iso(cart.UpdatedAt));
        item[CartItem.ExpiresAt] = new(ItemValues.Iso(cart.ExpiresAt));
        item[ShopTable.TimeToLive] = ItemValues.Number(cart.ExpiresAt.ToUnixTimeSeconds());
        return item;
    }

    /// <summary>Sets (or removes, when capped to nothing) just the lines of <paramref name="from"/>'s products.</summary>
    public static TransactWriteItem UpdateLines(string tableName, ShoppingCart merged, ShoppingCart from)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { ["#l"] = CartItem.Lines };
        var values = CartItem.TimeValues(merged.Owner, merged.UpdatedAt);
        var sets = new List<string> { CartItem.SetTimes };
        var removes = new List<string>();
        for (var i = 0; i < from.Lines.Count; i++)
        {
            var productId = from.Lines[i].ProductId;
            names["#p" + i] = productId;
            var quantity = merged.QuantityOf(productId);
            if (quantity > 0)
            {
                values[":q" + i] = ItemValues.Number(quantity);
                sets.Add($"#l.#p{i} = :q{i}");
            }
            else
            {
                removes.Add("#l.#p" + i);
            }
        }

        var expression = "SET " + string.Join(", ", sets) + (removes.Count > 0 ? " REMOVE " + string.Join(", ", removes) : "");
        return new TransactWriteItem
        {
            Update = new Update
            {
                TableName = tableName, Key = CartItem.Key(merged.Owner), UpdateExpression = expression,
                ConditionExpression = "attribute_exists(#l) AND expiresAtEpoch > :now",
                ExpressionAttributeNames = names, ExpressionAttributeValues = values,
            },
        };
    }
}

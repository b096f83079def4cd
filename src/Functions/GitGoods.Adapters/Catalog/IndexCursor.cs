using System.Buffers.Text;
using System.Text;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Common;

namespace GitGoods.Adapters.Catalog;

/// <summary>
/// The opaque cursor of a product listing on an index: the index sort key of the last item shown, tagged with
/// the list it came from and base64url-encoded. The sort key ends in the product id, so the full DynamoDB start
/// key can be rebuilt from it; a cursor from another list, or one that was tampered with, is refused.
/// </summary>
/// <param name="tableKeyOf">The table's (PK, SK) of the item with the id at the end of the sort key.</param>
internal sealed class IndexCursor(string tag, string indexPartitionKeyName, string indexSortKeyName, Func<string, (string Pk, string Sk)> tableKeyOf)
{
    public static IndexCursor ActiveListing { get; } = new("a1", ShopTable.Gsi1PartitionKey, ShopTable.Gsi1SortKey, ProductKey);

    public static IndexCursor SellerListing { get; } = new("s1", ShopTable.Gsi2PartitionKey, ShopTable.Gsi2SortKey, ProductKey);

    public string Encode(string indexPartition, string indexSortKey) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{tag}|{indexPartition}|{indexSortKey}"));

    /// <exception cref="InvalidCursorException">When the text is not a cursor of this list and partition.</exception>
    public Dictionary<string, AttributeValue> Decode(string cursor, string indexPartition)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException e)
        {
            throw new InvalidCursorException("The cursor is not valid for this list.", e);
        }

        var prefix = $"{tag}|{indexPartition}|";
        var hash = text.LastIndexOf('#');
        if (!text.StartsWith(prefix, StringComparison.Ordinal) || hash <= prefix.Length || hash == text.Length - 1)
        {
            throw new InvalidCursorException();
        }

        return new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [indexPartitionKeyName] = new(indexPartition),
            [indexSortKeyName] = new(text[prefix.Length..]),
            [ShopTable.PartitionKey] = new(tableKeyOf(text[(hash + 1)..]).Pk),
            [ShopTable.SortKey] = new(tableKeyOf(text[(hash + 1)..]).Sk),
        };
    }

    private static (string Pk, string Sk) ProductKey(string productId) => (ProductItem.PartitionKeyOf(productId), ProductItem.ProductSortKey);
}

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
internal sealed class IndexCursor(string tag, string indexPartitionKeyName, string indexSortKeyName)
{
    public static IndexCursor ActiveListing { get; } = new("a1", ShopTable.Gsi1PartitionKey, ShopTable.Gsi1SortKey);

    public static IndexCursor SellerListing { get; } = new("s1", ShopTable.Gsi2PartitionKey, ShopTable.Gsi2SortKey);

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
            [ShopTable.PartitionKey] = new(ProductItem.PartitionKeyOf(text[(hash + 1)..])),
            [ShopTable.SortKey] = new(ProductItem.ProductSortKey),
        };
    }
}

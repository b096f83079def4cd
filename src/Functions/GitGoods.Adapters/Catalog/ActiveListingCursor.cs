using System.Buffers.Text;
using System.Text;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Common;

namespace GitGoods.Adapters.Catalog;

/// <summary>
/// The opaque cursor of the ACTIVE listing: the index sort key of the last item shown, base64url-encoded.
/// The sort key ends in the product id, so the full DynamoDB start key can be rebuilt from it.
/// </summary>
internal static class ActiveListingCursor
{
    private const string Version = "a1|";

    public static string Encode(string activeSortKey) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Version + activeSortKey));

    /// <exception cref="InvalidCursorException">When the text is not a cursor of this list.</exception>
    public static Dictionary<string, AttributeValue> Decode(string cursor)
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

        var hash = text.LastIndexOf('#');
        if (!text.StartsWith(Version, StringComparison.Ordinal) || hash <= Version.Length || hash == text.Length - 1)
        {
            throw new InvalidCursorException();
        }

        var sortKey = text[Version.Length..];
        var productId = text[(hash + 1)..];
        return new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [ShopTable.Gsi1PartitionKey] = new(ProductItem.ActiveCatalogPartition),
            [ShopTable.Gsi1SortKey] = new(sortKey),
            [ShopTable.PartitionKey] = new(ProductItem.PartitionKeyOf(productId)),
            [ShopTable.SortKey] = new(ProductItem.ProductSortKey),
        };
    }
}

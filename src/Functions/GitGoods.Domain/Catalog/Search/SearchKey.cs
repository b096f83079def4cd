using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GitGoods.Domain.Common;

namespace GitGoods.Domain.Catalog.Search;

/// <summary>
/// Where a product sits in one sort order: compared field by field (ordinal), ending in the product id, so the
/// order is total. A page's cursor is the key of its last item, never an offset: the next page starts strictly
/// after it, so pages neither repeat nor skip products even when the catalogue changes between them.
/// </summary>
public readonly record struct SearchKey(long Primary, string Text, long Secondary, string Id) : IComparable<SearchKey>
{
    public static SearchKey Of(Product product, ProductSort sort, int relevance = 0)
    {
        ArgumentNullException.ThrowIfNull(product);
        var newest = -product.CreatedAt.UtcTicks;
        return sort switch
        {
            ProductSort.Relevance => new(-relevance, "", newest, product.Id),
            ProductSort.Price => new(product.Price.Amount, "", newest, product.Id),
            ProductSort.PriceDescending => new(-product.Price.Amount, "", newest, product.Id),
            ProductSort.Title => new(0, product.Title.ToLowerInvariant(), newest, product.Id),
            _ => new(newest, "", 0, product.Id),
        };
    }

    public int CompareTo(SearchKey other)
    {
        var c = Primary.CompareTo(other.Primary);
        if (c == 0) c = string.CompareOrdinal(Text, other.Text);
        if (c == 0) c = Secondary.CompareTo(other.Secondary);
        return c != 0 ? c : string.CompareOrdinal(Id, other.Id);
    }

    public string ToCursor(ProductSort sort) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join('\n',
        "p1", ProductSorts.Name(sort), Primary.ToString(CultureInfo.InvariantCulture), Secondary.ToString(CultureInfo.InvariantCulture), Id, Text)));

    /// <exception cref="InvalidCursorException">When the cursor was not made by a search with this sort.</exception>
    public static SearchKey FromCursor(string cursor, ProductSort sort)
    {
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split('\n', 6);
        }
        catch (FormatException e)
        {
            throw new InvalidCursorException("The cursor is not valid for this list.", e);
        }

        if (parts.Length != 6 || !string.Equals(parts[0], "p1", StringComparison.Ordinal)
            || !string.Equals(parts[1], ProductSorts.Name(sort), StringComparison.Ordinal)
            || !long.TryParse(parts[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var primary)
            || !long.TryParse(parts[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var secondary))
        {
            throw new InvalidCursorException("The cursor is not valid for this list and sort.");
        }

        return new SearchKey(primary, parts[5], secondary, parts[4]);
    }

    public static bool operator <(SearchKey left, SearchKey right) => left.CompareTo(right) < 0;

    public static bool operator >(SearchKey left, SearchKey right) => left.CompareTo(right) > 0;

    public static bool operator <=(SearchKey left, SearchKey right) => left.CompareTo(right) <= 0;

    public static bool operator >=(SearchKey left, SearchKey right) => left.CompareTo(right) >= 0;
}

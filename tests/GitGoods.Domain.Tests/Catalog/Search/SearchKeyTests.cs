using System.Buffers.Text;
using System.Text;
using GitGoods.Domain.Catalog.Search;
using GitGoods.Domain.Common;

namespace GitGoods.Domain.Tests.Catalog.Search;

/// <summary>Where a product sits in each sort order, and the cursor that carries that place to the next page.</summary>
public class SearchKeyTests
{
    private static readonly DateTimeOffset Day = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_PlacesAProductByEachSortsFields_NewestBreakingTies()
    {
        var product = new ProductBuilder { Id = "p-9", Title = "Starfall TACTICS", Price = 2500, CreatedAt = Day, UpdatedAt = Day }.Build();
        var newest = -Day.UtcTicks;

        SearchKey.Of(product, ProductSort.Relevance, relevance: 3).Should().Be(new SearchKey(-3, "", newest, "p-9"));
        SearchKey.Of(product, ProductSort.Price).Should().Be(new SearchKey(2500, "", newest, "p-9"));
        SearchKey.Of(product, ProductSort.PriceDescending).Should().Be(new SearchKey(-2500, "", newest, "p-9"));
        SearchKey.Of(product, ProductSort.Title).Should().Be(new SearchKey(0, "starfall tactics", newest, "p-9"));
        SearchKey.Of(product, ProductSort.Newest).Should().Be(new SearchKey(newest, "", 0, "p-9"));
    }

    [Fact]
    public void Of_RefusesNoProduct()
    {
        var act = () => SearchKey.Of(null!, ProductSort.Price);

        act.Should().Throw<ArgumentNullException>();
    }

    public static TheoryData<SearchKey, SearchKey> Ascending => new()
    {
        { new SearchKey(1, "z", 9, "z"), new SearchKey(2, "a", 0, "a") },
        { new SearchKey(-5, "z", 9, "z"), new SearchKey(-4, "a", 0, "a") },
        { new SearchKey(1, "a", 9, "z"), new SearchKey(1, "b", 0, "a") },
        { new SearchKey(1, "B", 9, "z"), new SearchKey(1, "a", 0, "a") },
        { new SearchKey(1, "a", 1, "z"), new SearchKey(1, "a", 2, "a") },
        { new SearchKey(1, "a", 1, "p-1"), new SearchKey(1, "a", 1, "p-2") },
        { new SearchKey(1, "a", 1, "P"), new SearchKey(1, "a", 1, "p") },
    };

    [Theory]
    [MemberData(nameof(Ascending))]
    public void CompareTo_ComparesPrimaryThenTextThenSecondaryThenId_Ordinally(SearchKey lower, SearchKey higher)
    {
        lower.CompareTo(higher).Should().BeNegative();
        higher.CompareTo(lower).Should().BePositive();
        (lower < higher).Should().BeTrue();
        (higher < lower).Should().BeFalse();
        (higher > lower).Should().BeTrue();
        (lower > higher).Should().BeFalse();
        (lower <= higher).Should().BeTrue();
        (higher <= lower).Should().BeFalse();
        (higher >= lower).Should().BeTrue();
        (lower >= higher).Should().BeFalse();
    }

    [Fact]
    public void EqualKeys_CompareEqual_AndBothInclusiveOperatorsHold()
    {
        var key = new SearchKey(7, "text", -3, "p-1");
        var same = new SearchKey(7, "text", -3, "p-1");

        key.CompareTo(same).Should().Be(0);
        (key <= same).Should().BeTrue();
        (key >= same).Should().BeTrue();
        (key < same).Should().BeFalse();
        (key > same).Should().BeFalse();
    }

    [Theory]
    [InlineData(ProductSort.Relevance)]
    [InlineData(ProductSort.Price)]
    [InlineData(ProductSort.PriceDescending)]
    [InlineData(ProductSort.Title)]
    [InlineData(ProductSort.Newest)]
    public void Cursor_RoundTripsEveryField_EvenTextWithLineBreaks(ProductSort sort)
    {
        var key = new SearchKey(long.MinValue + 1, "two\nlines\nof title", -42, "p-7");

        SearchKey.FromCursor(key.ToCursor(sort), sort).Should().Be(key);
    }

    [Fact]
    public void Cursor_IsUnpaddedBase64UrlOfItsTaggedFields()
    {
        var cursor = new SearchKey(-3, "dragon", 12, "p-1").ToCursor(ProductSort.PriceDescending);

        Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Should().Be("p1\n-price\n-3\n12\np-1\ndragon");
        cursor.Should().NotContainAny("=", "+", "/");
    }

    [Fact]
    public void Cursor_OfOneSort_IsRefusedByAnother()
    {
        var cursor = new SearchKey(100, "", 5, "p-1").ToCursor(ProductSort.Price);

        var act = () => SearchKey.FromCursor(cursor, ProductSort.PriceDescending);

        act.Should().Throw<InvalidCursorException>().WithMessage("The cursor is not valid for this list and sort.");
    }

    [Theory]
    [InlineData("p2\nprice\n1\n2\np-1\n")]
    [InlineData("\nprice\n1\n2\np-1\n")]
    [InlineData("p1\nprice\none\n2\np-1\n")]
    [InlineData("p1\nprice\n1\ntwo\np-1\n")]
    [InlineData("p1\nprice\n1.5\n2\np-1\n")]
    [InlineData("p1\nprice\n1\n2,000\np-1\n")]
    [InlineData("p1\nprice\n 1\n2\np-1\n")]
    [InlineData("p1\nprice\n1\n2\np-1")]
    [InlineData("p1\nprice\n1\n2")]
    [InlineData("")]
    public void Cursor_WithWrongTagFieldsOrNumbers_IsRefused(string decoded)
    {
        var cursor = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(decoded));

        var act = () => SearchKey.FromCursor(cursor, ProductSort.Price);

        act.Should().Throw<InvalidCursorException>().WithMessage("The cursor is not valid for this list and sort.");
    }

    [Theory]
    [InlineData("not*base64")]
    [InlineData("a")]
    public void Cursor_ThatIsNotBase64Url_IsRefused_WithTheCause(string cursor)
    {
        var act = () => SearchKey.FromCursor(cursor, ProductSort.Price);

        act.Should().Throw<InvalidCursorException>().WithMessage("The cursor is not valid for this list.")
            .WithInnerException<FormatException>();
    }

    [Fact]
    public void Cursor_AcceptsSignedNumbers()
    {
        var cursor = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("p1\nprice\n-1\n+2\np-1\nx"));

        SearchKey.FromCursor(cursor, ProductSort.Price).Should().Be(new SearchKey(-1, "x", 2, "p-1"));
    }
}

using GitGoods.Domain.Catalog.Search;

namespace GitGoods.Domain.Tests.Catalog.Search;

/// <summary>The wire names of the sort orders (the <c>sort</c> query value of <c>GET /api/products</c>).</summary>
public class ProductSortsTests
{
    [Theory]
    [InlineData("relevance", ProductSort.Relevance)]
    [InlineData("price", ProductSort.Price)]
    [InlineData("-price", ProductSort.PriceDescending)]
    [InlineData("title", ProductSort.Title)]
    [InlineData("newest", ProductSort.Newest)]
    public void EachWireName_ParsesToItsSort_AndIsItsName(string name, ProductSort sort)
    {
        ProductSorts.TryParse(name, out var parsed).Should().BeTrue();

        parsed.Should().Be(sort);
        ProductSorts.Name(sort).Should().Be(name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Price")]
    [InlineData("price ")]
    [InlineData("+price")]
    [InlineData("oldest")]
    public void AnyOtherText_IsRefused(string text)
    {
        ProductSorts.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void EverySort_HasADistinctName()
    {
        var names = Enum.GetValues<ProductSort>().Select(ProductSorts.Name).ToList();

        names.Should().OnlyHaveUniqueItems().And.HaveCount(5);
    }
}

using GitGoods.Domain.Catalog.Search;
using GitGoods.Domain.Common;

namespace GitGoods.Domain.Tests.Catalog.Search;

public class ProductSearchTests
{
    private static readonly ProductSearch All = ProductSearch.All(new PageRequest());

    [Fact]
    public void ThePlainListing_IncludesProductsOutOfStock()
    {
        All.InStockOnly.Should().BeFalse();
        All.Matches(new ProductBuilder { Stock = 0 }.Build()).Should().BeTrue();
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void InStockOnly_KeepsOnlyProductsWithStock(int stock, bool matches) =>
        (All with { InStockOnly = true }).Matches(new ProductBuilder { Stock = stock }.Build()).Should().Be(matches);

    [Theory]
    [InlineData(999, false)]
    [InlineData(1000, true)]
    [InlineData(1001, true)]
    public void MinPrice_IsInclusive(long price, bool matches) =>
        (All with { MinPrice = 1000 }).Matches(new ProductBuilder { Price = price }.Build()).Should().Be(matches);

    [Theory]
    [InlineData(999, true)]
    [InlineData(1000, true)]
    [InlineData(1001, false)]
    public void MaxPrice_IsInclusive(long price, bool matches) =>
        (All with { MaxPrice = 1000 }).Matches(new ProductBuilder { Price = price }.Build()).Should().Be(matches);

    [Fact]
    public void Matches_WithoutAProduct_Throws() =>
        FluentActions.Invoking(() => All.Matches(null!)).Should().Throw<ArgumentNullException>().WithParameterName("product");
}

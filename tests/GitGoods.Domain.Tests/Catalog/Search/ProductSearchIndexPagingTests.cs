using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Search;
using GitGoods.Domain.Common;

namespace GitGoods.Domain.Tests.Catalog.Search;

public class ProductSearchIndexPagingTests
{
    private static readonly Product A = new ProductBuilder { Id = "a", Price = 100 }.Build();
    private static readonly Product B = new ProductBuilder { Id = "b", Price = 200 }.Build();
    private static readonly Product C = new ProductBuilder { Id = "c", Price = 300 }.Build();

    [Fact]
    public void TheNextPage_AfterTheFirstProduct_StartsAtTheSecond()
    {
        var index = new ProductSearchIndex([A, B, C]);
        var first = index.Search(ByPrice(new PageRequest(1)));

        var second = index.Search(ByPrice(new PageRequest(1, first.NextCursor)));

        first.Items.Should().Equal(A);
        second.Items.Should().Equal(B);
    }

    [Fact]
    public void ACursorWhoseProductLeftTheIndex_ResumesAtTheNextProduct()
    {
        var cursor = new ProductSearchIndex([A, B, C]).Search(ByPrice(new PageRequest(2))).NextCursor;

        var next = new ProductSearchIndex([A, C]).Search(ByPrice(new PageRequest(2, cursor)));

        next.Items.Should().Equal(C);
    }

    [Fact]
    public void AFullLastPage_HasNoNextCursor()
    {
        var page = new ProductSearchIndex([A, B]).Search(ByPrice(new PageRequest(2)));

        page.Items.Should().Equal(A, B);
        page.NextCursor.Should().BeNull();
    }

    [Fact]
    public void AnIndex_OfNoProducts_IsRefused() =>
        FluentActions.Invoking(() => new ProductSearchIndex(null!)).Should().Throw<ArgumentNullException>().WithParameterName("products");

    [Fact]
    public void ASearch_OfNothing_IsRefused() =>
        FluentActions.Invoking(() => new ProductSearchIndex([A]).Search(null!)).Should().Throw<ArgumentNullException>().WithParameterName("search");

    private static ProductSearch ByPrice(PageRequest page) => ProductSearch.All(page) with { Sort = ProductSort.Price };
}

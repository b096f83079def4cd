using GitGoods.Adapters.Catalog;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;
using GitGoods.TestSupport;

namespace GitGoods.Adapters.Tests.Catalog;

/// <summary>The catalogue adapter against the real DynamoDB Local engine; each test owns its own table.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public class DynamoProductCatalogTests(DynamoDbLocalFixture dynamo)
{
    private static readonly DateTimeOffset Launch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Find_AfterAdd_ReturnsEveryField()
    {
        var (catalog, writer) = await NewCatalogAsync();
        var product = Product.Create("p-1", "Starfall Tactics", "PC", "Turn-based space war.", new Money(5999, "SGD"), 12,
            ["/images/covers/p-1.svg"], "seller-1", ProductStatus.Active, Launch, Launch.AddHours(1));

        await writer.AddAsync(product, default);
        var found = await catalog.FindAsync("p-1", default);

        found.Should().BeEquivalentTo(product);
    }

    [Fact]
    public async Task Find_UnknownId_ReturnsNull()
    {
        var (catalog, _) = await NewCatalogAsync();

        (await catalog.FindAsync("missing", default)).Should().BeNull();
    }

    [Fact]
    public async Task Add_SameIdTwice_ThrowsAndKeepsPlatformCount()
    {
        var (catalog, writer) = await NewCatalogAsync();
        await writer.AddAsync(NewProduct("dup", 0), default);

        var act = () => writer.AddAsync(NewProduct("dup", 1), default);

        await act.Should().ThrowAsync<InvalidOperationException>();
        (await catalog.ListPlatformsAsync(default)).Should().ContainSingle().Which.Count.Should().Be(1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(100)]
    public async Task ListActive_WalkingAllPages_FindsEachActiveProductOnceNewestFirst(int limit)
    {
        var (catalog, writer) = await NewCatalogAsync();
        var products = Enumerable.Range(0, 40)
            .Select(i => NewProduct($"p-{i:D2}", minutes: i / 3, status: i % 5 == 0 ? ProductStatus.Unlisted : ProductStatus.Active))
            .ToList();
        foreach (var product in products)
        {
            await writer.AddAsync(product, default);
        }

        var seen = await WalkAsync(catalog, limit);

        var expected = products.Where(p => p.IsActive)
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id, StringComparer.Ordinal).Select(p => p.Id);
        seen.Should().Equal(expected, "several products share a creation minute, and paging must still neither skip nor repeat");
    }

    [Fact]
    public async Task ListActive_WhenItemsFillTheLastPageExactly_HasNoCursorOnIt()
    {
        var (catalog, writer) = await NewCatalogAsync();
        for (var i = 0; i < 10; i++)
        {
            await writer.AddAsync(NewProduct($"p-{i}", i), default);
        }

        var first = await catalog.ListActiveAsync(new PageRequest(5), default);
        var second = await catalog.ListActiveAsync(new PageRequest(5, first.NextCursor), default);

        first.NextCursor.Should().NotBeNull();
        second.Items.Should().HaveCount(5);
        second.NextCursor.Should().BeNull();
    }

    [Theory]
    [InlineData("%%%")]
    [InlineData("YWJj")]
    [InlineData("YTF8")]
    [InlineData("YTF8Q0FUQUxPRyNBQ1RJVkV8")]
    public async Task ListActive_WithCursorNotFromThisList_Throws(string cursor)
    {
        var (catalog, _) = await NewCatalogAsync();

        var act = () => catalog.ListActiveAsync(new PageRequest(5, cursor), default);

        await act.Should().ThrowAsync<InvalidCursorException>();
    }

    [Fact]
    public async Task ListBySeller_WalksOnlyThatSellersProductsInEveryStatus()
    {
        var (catalog, writer) = await NewCatalogAsync();
        for (var i = 0; i < 12; i++)
        {
            await writer.AddAsync(NewProduct($"p-{i:D2}", i, i % 3 == 0 ? ProductStatus.Unlisted : ProductStatus.Active,
                sellerId: i % 2 == 0 ? "seller-a" : "seller-b"), default);
        }

        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var page = await catalog.ListBySellerAsync("seller-a", new PageRequest(4, cursor), default);
            ids.AddRange(page.Items.Select(p => p.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        ids.Should().Equal("p-10", "p-08", "p-06", "p-04", "p-02", "p-00");
    }

    [Fact]
    public async Task ListBySeller_WithACursorFromAnotherList_Throws()
    {
        var (catalog, writer) = await NewCatalogAsync();
        for (var i = 0; i < 3; i++)
        {
            await writer.AddAsync(NewProduct($"p-{i}", i, sellerId: "seller-a"), default);
        }

        var active = await catalog.ListActiveAsync(new PageRequest(1), default);
        var seller = await catalog.ListBySellerAsync("seller-a", new PageRequest(1), default);

        await FluentActions.Invoking(() => catalog.ListBySellerAsync("seller-a", new PageRequest(1, active.NextCursor), default))
            .Should().ThrowAsync<InvalidCursorException>();
        await FluentActions.Invoking(() => catalog.ListBySellerAsync("seller-b", new PageRequest(1, seller.NextCursor), default))
            .Should().ThrowAsync<InvalidCursorException>("a cursor of one seller's list must not page another's");
    }

    [Fact]
    public async Task ListPlatforms_CountsOnlyActiveProductsByPlatform()
    {
        var (catalog, writer) = await NewCatalogAsync();
        await writer.AddAsync(NewProduct("a", 0, platform: "PC"), default);
        await writer.AddAsync(NewProduct("b", 1, platform: "PC"), default);
        await writer.AddAsync(NewProduct("c", 2, platform: "Nintendo Switch"), default);
        await writer.AddAsync(NewProduct("d", 3, ProductStatus.Unlisted, "PlayStation 5"), default);

        var platforms = await catalog.ListPlatformsAsync(default);

        platforms.Should().Equal(new PlatformCount("Nintendo Switch", 1), new PlatformCount("PC", 2));
    }

    private static async Task<List<string>> WalkAsync(IProductCatalog catalog, int limit)
    {
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var page = await catalog.ListActiveAsync(new PageRequest(limit, cursor), default);
            page.Items.Count.Should().BeLessThanOrEqualTo(limit);
            ids.AddRange(page.Items.Select(p => p.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return ids;
    }

    private static Product NewProduct(string id, int minutes, ProductStatus status = ProductStatus.Active, string platform = "PC",
        string sellerId = "seller-1") =>
        Product.Create(id, "Game " + id, platform, "", new Money(1990, "SGD"), 3, [], sellerId, status,
            Launch.AddMinutes(minutes), Launch.AddMinutes(minutes));

    private async Task<(IProductCatalog Catalog, IProductWriter Writer)> NewCatalogAsync()
    {
        var table = await dynamo.CreateTableAsync();
        return (new DynamoProductCatalog(dynamo.Client, table), new DynamoProductWriter(dynamo.Client, table));
    }
}

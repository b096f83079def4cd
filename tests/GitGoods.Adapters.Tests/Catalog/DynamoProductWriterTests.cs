using GitGoods.Adapters.Catalog;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;
using GitGoods.TestSupport;

namespace GitGoods.Adapters.Tests.Catalog;

/// <summary>Replacing a product on DynamoDB Local: the version condition, unlisting, and the platform counts.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public class DynamoProductWriterTests(DynamoDbLocalFixture dynamo)
{
    private static readonly DateTimeOffset Launch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Replace_OnTheVersionRead_WritesAndBumpsTheVersion_ButAStaleVersionIsRefused()
    {
        var (catalog, writer) = await NewAsync();
        var v1 = NewProduct("p", "PC");
        await writer.AddAsync(v1, default);

        (await writer.ReplaceAsync(v1, With(v1, stock: 9, version: 2), default)).Should().BeTrue();
        (await writer.ReplaceAsync(v1, With(v1, stock: 1, version: 2), default)).Should().BeFalse();

        var stored = (await catalog.FindAsync("p", default))!;
        (stored.Stock, stored.Version).Should().Be((9, 2L));
    }

    [Fact]
    public async Task Replace_Unlisting_DropsItFromTheActiveListingAndItsPlatformCount_RelistingRestoresBoth()
    {
        var (catalog, writer) = await NewAsync();
        var v1 = NewProduct("p", "PC");
        await writer.AddAsync(v1, default);
        await writer.AddAsync(NewProduct("q", "PC"), default);

        var v2 = With(v1, status: ProductStatus.Unlisted, version: 2);
        await writer.ReplaceAsync(v1, v2, default);
        (await catalog.ListActiveAsync(new PageRequest(), default)).Items.Select(p => p.Id).Should().Equal("q");
        (await catalog.LoadActiveAsync(default)).Select(p => p.Id).Should().Equal("q");
        (await catalog.ListPlatformsAsync(default)).Should().Equal(new PlatformCount("PC", 1));

        await writer.ReplaceAsync(v2, With(v2, status: ProductStatus.Active, version: 3), default);
        (await catalog.ListPlatformsAsync(default)).Should().Equal(new PlatformCount("PC", 2));
    }

    [Fact]
    public async Task Replace_ChangingPlatform_MovesTheCount_AndARefusedWriteMovesNothing()
    {
        var (catalog, writer) = await NewAsync();
        var v1 = NewProduct("p", "PC");
        await writer.AddAsync(v1, default);

        await writer.ReplaceAsync(v1, With(v1, platform: "Switch", version: 2), default);
        await writer.ReplaceAsync(v1, With(v1, platform: "PS5", version: 2), default);

        (await catalog.ListPlatformsAsync(default)).Should().Equal(new PlatformCount("Switch", 1));
    }

    private static Product NewProduct(string id, string platform) =>
        Product.Create(id, "Game " + id, platform, "", new Money(1990, "SGD"), 3, [], "seller-1", ProductStatus.Active, Launch, Launch);

    private static Product With(Product p, int? stock = null, string? platform = null, ProductStatus? status = null, long version = 1) =>
        Product.Create(p.Id, p.Title, platform ?? p.Platform, p.Description, p.Price, stock ?? p.Stock, p.Images, p.SellerId,
            status ?? p.Status, p.CreatedAt, p.UpdatedAt.AddMinutes(1), version);

    private async Task<(DynamoProductCatalog Catalog, DynamoProductWriter Writer)> NewAsync()
    {
        var table = await dynamo.CreateTableAsync();
        return (new DynamoProductCatalog(dynamo.Client, table), new DynamoProductWriter(dynamo.Client, table));
    }
}

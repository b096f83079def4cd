using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Catalog;
using GitGoods.Adapters.Table;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.LocalEnvironment.Seed;
using Microsoft.Extensions.Logging.Abstractions;

namespace GitGoods.LocalEnvironment.Tests.Seed;

/// <summary>An old .local folder keeps working: old tables gain their indexes, old demo products their real owner.</summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class TableUpgradeTests(LocalEnvironmentFixture fixture)
{
    [Fact]
    public async Task TableWithoutAStream_GetsNewAndOldImages()
    {
        var table = "nostream-" + Guid.NewGuid().ToString("N");
        var request = ShopTable.CreateTableRequest(table);
        request.StreamSpecification = null;
        await fixture.DynamoDb.Client.CreateTableAsync(request);

        await new ShopTableProvisioner(fixture.DynamoDb.Client, NullLogger<ShopTableProvisioner>.Instance).EnsureTableAsync(table, CancellationToken.None);

        var described = (await fixture.DynamoDb.Client.DescribeTableAsync(table)).Table;
        described.StreamSpecification.Should().BeEquivalentTo(new StreamSpecification { StreamEnabled = true, StreamViewType = StreamViewType.NEW_AND_OLD_IMAGES });
        described.LatestStreamArn.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task TableWithoutGsi2_GetsItAndItBecomesActive()
    {
        var table = "old-" + Guid.NewGuid().ToString("N");
        var request = ShopTable.CreateTableRequest(table);
        request.GlobalSecondaryIndexes.RemoveAll(i => i.IndexName == ShopTable.Gsi2);
        request.AttributeDefinitions.RemoveAll(a => a.AttributeName is ShopTable.Gsi2PartitionKey or ShopTable.Gsi2SortKey);
        await fixture.DynamoDb.Client.CreateTableAsync(request);

        await new ShopTableProvisioner(fixture.DynamoDb.Client, NullLogger<ShopTableProvisioner>.Instance).EnsureTableAsync(table, CancellationToken.None);

        var described = (await fixture.DynamoDb.Client.DescribeTableAsync(table)).Table;
        described.GlobalSecondaryIndexes.Select(i => i.IndexName).Should().BeEquivalentTo([ShopTable.Gsi1, ShopTable.Gsi2, ShopTable.Gsi3]);
        described.GlobalSecondaryIndexes.Should().OnlyContain(i => i.IndexStatus == IndexStatus.ACTIVE);
    }

    [Fact]
    public async Task CatalogSeededByV1_IsReseededAsTheDemoSellers_WithPlatformCountsKept()
    {
        var table = await fixture.DynamoDb.CreateTableAsync("v1");
        var writer = new DynamoProductWriter(fixture.DynamoDb.Client, table);
        var games = fixture.Seeded;
        var now = TimeProvider.System.GetUtcNow();
        foreach (var game in games)
        {
            var v1 = game.ToProduct(now);
            await writer.AddAsync(GitGoods.Domain.Catalog.Product.Create(v1.Id, v1.Title, v1.Platform, v1.Description, v1.Price, v1.Stock, v1.Images,
                SeedGame.LegacySellerId, v1.Status, v1.CreatedAt, v1.UpdatedAt), CancellationToken.None);
        }

        await fixture.DynamoDb.Client.PutItemAsync(table, new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [ShopTable.PartitionKey] = new(CatalogSeeder.MarkerPartition),
            [ShopTable.SortKey] = new("catalog#v1"),
        });

        var seeder = new CatalogSeeder(fixture.DynamoDb.Client, writer, TimeProvider.System, NullLogger<CatalogSeeder>.Instance);
        (await seeder.SeedAsync(table, games, CancellationToken.None)).Should().Be(games.Count);

        var catalog = new DynamoProductCatalog(fixture.DynamoDb.Client, table);
        (await catalog.ListPlatformsAsync(CancellationToken.None)).Sum(p => p.Count).Should().Be(fixture.SeededActive.Count);
        var product = await catalog.FindAsync(games[0].Id, CancellationToken.None);
        product!.SellerId.Should().Be(DemoUsers.SellerSub);
        // Re-added through the writer, so the owner index (GSI2) lists them under the demo seller.
        var owned = await catalog.ListBySellerAsync(DemoUsers.SellerSub, new GitGoods.Domain.Common.PageRequest(100, null), CancellationToken.None);
        owned.Items.Should().HaveCount(games.Count);
        (await catalog.ListBySellerAsync(SeedGame.LegacySellerId, new GitGoods.Domain.Common.PageRequest(100, null), CancellationToken.None)).Items.Should().BeEmpty();
    }
}

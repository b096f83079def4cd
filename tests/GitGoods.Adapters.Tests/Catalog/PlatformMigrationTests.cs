using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Catalog;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Platforms;
using GitGoods.Domain.Common;
using GitGoods.TestSupport;

namespace GitGoods.Adapters.Tests.Catalog;

/// <summary>The platform migration on DynamoDB Local: aliases rewritten with their counts, the unmappable reported and kept, idempotent.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public class PlatformMigrationTests(DynamoDbLocalFixture dynamo)
{
    private static readonly DateTimeOffset Launch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Run_RewritesAliasesToManagedNames_MovingTheCounts_AndReportsWhatItCannotMap_KeepingIt()
    {
        var (catalog, writer, migration, _) = await NewAsync();
        await writer.AddAsync(NewProduct("a", "Switch"), default);
        await writer.AddAsync(NewProduct("b", "Nintendo Switch"), default);
        await writer.AddAsync(NewProduct("c", "PS5"), default);
        await writer.AddAsync(NewProduct("d", "nintendo switch", ProductStatus.Unlisted), default);
        await writer.AddAsync(NewProduct("e", "Sega Saturn"), default);

        var report = await migration.RunAsync(ManagedPlatforms.Default, null, dryRun: false, default);

        report.Scanned.Should().Be(5);
        report.Rewritten.Should().BeEquivalentTo([
            new PlatformChange("a", "Switch", "Nintendo Switch"),
            new PlatformChange("c", "PS5", "PlayStation 5"),
            new PlatformChange("d", "nintendo switch", "Nintendo Switch")]);
        report.Unmapped.Should().Equal(new PlatformChange("e", "Sega Saturn", null));
        report.ChangedMeanwhile.Should().BeEmpty();
        (await catalog.FindAsync("a", default))!.Should().Match<Product>(p => p.Platform == "Nintendo Switch" && p.Version == 2);
        (await catalog.FindAsync("d", default))!.Platform.Should().Be("Nintendo Switch");
        (await catalog.FindAsync("e", default))!.Should().Match<Product>(p => p.Platform == "Sega Saturn" && p.Version == 1);
        (await catalog.ListPlatformsAsync(default)).Should().Equal(
            new PlatformCount("Nintendo Switch", 2), new PlatformCount("PlayStation 5", 1), new PlatformCount("Sega Saturn", 1));
    }

    [Fact]
    public async Task Run_Again_ChangesNothing_AndADryRunWritesNothing()
    {
        var (catalog, writer, migration, _) = await NewAsync();
        await writer.AddAsync(NewProduct("a", "XBOX Series X"), default);

        var dry = await migration.RunAsync(ManagedPlatforms.Default, null, dryRun: true, default);
        dry.Rewritten.Should().Equal(new PlatformChange("a", "XBOX Series X", "Xbox Series X|S"));
        (await catalog.FindAsync("a", default))!.Platform.Should().Be("XBOX Series X");

        (await migration.RunAsync(ManagedPlatforms.Default, null, dryRun: false, default)).Rewritten.Should().HaveCount(1);
        var again = await migration.RunAsync(ManagedPlatforms.Default, null, dryRun: false, default);

        again.Rewritten.Should().BeEmpty();
        again.Unmapped.Should().BeEmpty();
        (await catalog.FindAsync("a", default))!.Version.Should().Be(2);
        (await catalog.ListPlatformsAsync(default)).Should().Equal(new PlatformCount("Xbox Series X|S", 1));
    }

    [Fact]
    public async Task Run_TakesTheOperatorsAliases_AndLeavesEveryOtherItemOfTheTableAlone()
    {
        var (catalog, writer, migration, table) = await NewAsync();
        await writer.AddAsync(NewProduct("a", "Switch 2"), default);
        await dynamo.Client.PutItemAsync(new PutItemRequest
        {
            TableName = table,
            Item = new(StringComparer.Ordinal) { ["PK"] = new("ORDER#1"), ["SK"] = new("ORDER"), ["platform"] = new("Switch") },
        });
        var platforms = ManagedPlatforms.Parse("Nintendo Switch 2,PC");

        var report = await migration.RunAsync(platforms, new Dictionary<string, string>(StringComparer.Ordinal) { ["Switch 2"] = "Nintendo Switch 2" },
            dryRun: false, default);

        report.Scanned.Should().Be(1);
        (await catalog.FindAsync("a", default))!.Platform.Should().Be("Nintendo Switch 2");
        var order = await dynamo.Client.GetItemAsync(table, new() { ["PK"] = new("ORDER#1"), ["SK"] = new("ORDER") });
        order.Item["platform"].S.Should().Be("Switch");
    }

    private static Product NewProduct(string id, string platform, ProductStatus status = ProductStatus.Active) =>
        Product.Create(id, "Game " + id, platform, "", new Money(1990, "SGD"), 3, [], "seller-1", status, Launch, Launch);

    private async Task<(DynamoProductCatalog Catalog, DynamoProductWriter Writer, PlatformMigration Migration, string Table)> NewAsync()
    {
        var table = await dynamo.CreateTableAsync();
        return (new DynamoProductCatalog(dynamo.Client, table), new DynamoProductWriter(dynamo.Client, table), new PlatformMigration(dynamo.Client, table), table);
    }
}

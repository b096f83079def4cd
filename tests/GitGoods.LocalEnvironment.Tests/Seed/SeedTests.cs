using System.Text.Json.Nodes;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Catalog;
using GitGoods.LocalEnvironment.Seed;
using GitGoods.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace GitGoods.LocalEnvironment.Tests.Seed;

[Collection(LocalEnvironmentTests.Name)]
public sealed class SeedTests(LocalEnvironmentFixture fixture)
{
    [Fact]
    public void DemoCatalogue_IsBigVariedAndRealistic()
    {
        var games = fixture.Seeded;

        games.Should().HaveCountGreaterThanOrEqualTo(66);
        games.Select(g => g.Id).Should().OnlyHaveUniqueItems();
        games.Select(g => g.Platform).Distinct(StringComparer.Ordinal).Should().HaveCountGreaterThanOrEqualTo(6);
        games.Should().OnlyContain(g => g.Price >= 1990 && g.Price <= 9990);
        games.Should().Contain(g => g.Stock == 0).And.Contain(g => g.Stock >= 1 && g.Stock <= 3);
        games.Select(g => g.DaysAgo).Should().OnlyContain(d => d >= 0 && d <= 365);
        games.Select(g => g.DaysAgo).Distinct().Should().HaveCountGreaterThan(games.Count / 2);
        var now = TimeProvider.System.GetUtcNow();
        games.Select(g => g.ToProduct(now)).Should().OnlyContain(p => p.SellerId == SeedGame.SellerId && p.Images.Count == 1);
    }

    [Fact]
    public async Task RestartingAgainstTheSameTable_DoesNotSeedAgain()
    {
        var before = await CountProductsAsync(fixture.TableName);

        await using (var restarted = await LocalEnvironmentHost.StartAsync(fixture.DynamoDb.Endpoint, fixture.TableName))
        {
            var platforms = JsonNode.Parse(await restarted.Client.GetStringAsync("/api/platforms"))!["items"]!.AsArray();
            platforms.Sum(p => p!["count"]!.GetValue<int>()).Should().Be(fixture.SeededActive.Count);
        }

        before.Should().Be(fixture.Seeded.Count);
        (await CountProductsAsync(fixture.TableName)).Should().Be(before);
    }

    [Fact]
    public async Task SeedingAfterAnInterruptedRun_AddsOnlyTheMissingGames()
    {
        var table = await fixture.DynamoDb.CreateTableAsync("seed");
        var writer = new DynamoProductWriter(fixture.DynamoDb.Client, table);
        var games = fixture.Seeded;
        foreach (var game in games.Take(10))
        {
            await writer.AddAsync(game.ToProduct(TimeProvider.System.GetUtcNow()), CancellationToken.None);
        }

        var seeder = new CatalogSeeder(fixture.DynamoDb.Client, writer, TimeProvider.System, NullLogger<CatalogSeeder>.Instance);

        (await seeder.SeedAsync(table, games, CancellationToken.None)).Should().Be(games.Count - 10);
        (await seeder.SeedAsync(table, games, CancellationToken.None)).Should().Be(0);
        (await CountProductsAsync(table)).Should().Be(games.Count);
        var catalog = new DynamoProductCatalog(fixture.DynamoDb.Client, table);
        (await catalog.ListPlatformsAsync(CancellationToken.None)).Sum(p => p.Count).Should().Be(fixture.SeededActive.Count);
    }

    [Fact]
    public async Task Table_HasTimeToLiveOn()
    {
        var ttl = await fixture.DynamoDb.Client.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = fixture.TableName });

        ttl.TimeToLiveDescription.AttributeName.Should().Be("expiresAtEpoch");
        ttl.TimeToLiveDescription.TimeToLiveStatus.Value.Should().Be("ENABLED");
    }

    private async Task<int> CountProductsAsync(string table)
    {
        var scan = await fixture.DynamoDb.Client.ScanAsync(new ScanRequest
        {
            TableName = table,
            FilterExpression = "#type = :product",
            ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#type"] = "type" },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { [":product"] = new("Product") },
        });
        return scan.Count ?? 0;
    }
}

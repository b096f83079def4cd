using System.Net;
using System.Text.Json.Nodes;
using GitGoods.Adapters.Catalog;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Platforms;
using GitGoods.Domain.Common;
using GitGoods.LocalEnvironment.Seed;
using GitGoods.TestSupport;
using static GitGoods.LocalEnvironment.Tests.Catalog.SellerProductsApiTests;

namespace GitGoods.LocalEnvironment.Tests.Platforms;

/// <summary>
/// Managed platforms on a real stack (decision 0033), started with an operator's list (<c>--platforms</c>) on a table that
/// already held products with aliased platforms: the start migrated them, the functions check the configured list, and
/// <c>/config.json</c> carries the same list.
/// </summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class ManagedPlatformsStackTests(LocalEnvironmentFixture fixture)
{
    private static readonly string[] Configured = [.. ManagedPlatforms.Default.Names, "Nintendo Switch 2"];
    private static readonly DateTimeOffset Launch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private Task<LocalEnvironmentHost> StackAsync() => fixture.OwnStackAsync("platforms", "--platforms", string.Join(',', Configured));

    [Theory]
    [InlineData("Switch", true)]
    [InlineData("Sega Saturn", false)]
    public async Task Create_WithAnUnmanagedPlatform_Is422NamingTheAllowedValues_AndWritesNothing(string platform, bool alias)
    {
        var stack = await StackAsync();
        var seller = await TokenAsync(stack, "seller@gitgoods.local");
        var title = "Platform Probe " + Guid.NewGuid().ToString("N")[..8];
        var countsBefore = await stack.Client.GetStringAsync("/api/platforms");

        using var refused = await SendAsync(stack, HttpMethod.Post, "/api/seller/products", seller,
            $$"""{"title":"{{title}}","platform":"{{platform}}","price":{"amount":2990,"currency":"SGD"},"stock":5}""");

        var problem = await ShouldBeProblemAsync(refused, 422);
        problem["allowedPlatforms"]!.AsArray().Select(p => p!.GetValue<string>()).Should().Equal(Configured);
        var message = problem["errors"]!["platform"]![0]!.GetValue<string>();
        message.Should().EndWith("Must be one of: " + string.Join(", ", Configured) + ".");
        message.Contains("did you mean 'Nintendo Switch'?", StringComparison.Ordinal).Should().Be(alias);
        using var mine = await SendAsync(stack, HttpMethod.Get, "/api/seller/products?limit=100", seller, null);
        (await mine.Content.ReadAsStringAsync()).Should().NotContain(title);
        (await stack.Client.GetStringAsync("/api/platforms")).Should().Be(countsBefore);
    }

    [Fact]
    public async Task TheConfiguredList_IsWhatTheFunctionsAccept_AndWhatConfigJsonOffers()
    {
        var stack = await StackAsync();
        var seller = await TokenAsync(stack, "seller@gitgoods.local");

        using var created = await SendAsync(stack, HttpMethod.Post, "/api/seller/products", seller,
            """{"title":"Next Gen Farm","platform":" Nintendo Switch 2 ","price":{"amount":2990,"currency":"SGD"},"stock":5}""");
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        JsonNode.Parse(await created.Content.ReadAsStringAsync())!["platform"]!.GetValue<string>().Should().Be("Nintendo Switch 2");

        var config = JsonNode.Parse(await stack.Client.GetStringAsync("/config.json"))!;
        config["platforms"]!.AsArray().Select(p => p!.GetValue<string>()).Should().Equal(Configured);
    }

    [Fact]
    public async Task TheStart_GivesAliasedProductsTheirManagedName_WithTheirCounts_KeepsTheUnmappable_AndTheCommandFindsNothingMore()
    {
        var table = await LegacyTableAsync();

        await using (var stack = await LocalEnvironmentHost.StartAsync(fixture.DynamoDb.Endpoint, table))
        {
            var facets = JsonNode.Parse(await stack.Client.GetStringAsync("/api/platforms"))!["items"]!.AsArray()
                .Select(i => i!["platform"]!.GetValue<string>()).ToList();
            facets.Should().NotContain(["Switch", "PS5"]).And.Contain(["Nintendo Switch", "PlayStation 5", "Sega Saturn"]);
        }

        var catalog = new DynamoProductCatalog(fixture.DynamoDb.Client, table);
        (await catalog.FindAsync("legacy-switch", CancellationToken.None))!.Platform.Should().Be("Nintendo Switch");
        (await catalog.FindAsync("legacy-ps5", CancellationToken.None))!.Platform.Should().Be("PlayStation 5");
        (await catalog.FindAsync("legacy-saturn", CancellationToken.None))!.Platform.Should().Be("Sega Saturn");

        using var output = new StringWriter();
        var exit = await GitGoods.LocalEnvironment.Platforms.MigratePlatformsCommand.RunAsync(
            ["--table-name", table, "--dynamodb-endpoint", fixture.DynamoDb.Endpoint.ToString()], null, output, CancellationToken.None);
        exit.Should().Be(1, output.ToString());
        output.ToString().Should().Contain("unmapped legacy-saturn: 'Sega Saturn'").And.Contain(": rewrote 0, unmapped 1,");
    }

    [Fact]
    public async Task MigratePlatformsCommand_RewritesWithTheOperatorsAliases_AndADryRunWritesNothing()
    {
        var table = await LegacyTableAsync();
        string[] target = ["--table-name", table, "--dynamodb-endpoint", fixture.DynamoDb.Endpoint.ToString(), "--alias", "Sega Saturn=PC"];

        using var dry = new StringWriter();
        (await GitGoods.LocalEnvironment.Platforms.MigratePlatformsCommand.RunAsync([.. target, "--dry-run"], null, dry, CancellationToken.None))
            .Should().Be(0, dry.ToString());
        dry.ToString().Should().Contain("would rewrite legacy-saturn: 'Sega Saturn' -> 'PC'").And.Contain("(dry run: nothing written)");
        var catalog = new DynamoProductCatalog(fixture.DynamoDb.Client, table);
        (await catalog.FindAsync("legacy-saturn", CancellationToken.None))!.Platform.Should().Be("Sega Saturn");

        using var run = new StringWriter();
        (await GitGoods.LocalEnvironment.Platforms.MigratePlatformsCommand.RunAsync(target, null, run, CancellationToken.None)).Should().Be(0, run.ToString());
        run.ToString().Should().Contain("rewrote legacy-switch: 'Switch' -> 'Nintendo Switch'").And.Contain("scanned 3 products");
        (await catalog.FindAsync("legacy-saturn", CancellationToken.None))!.Platform.Should().Be("PC");
        (await catalog.ListPlatformsAsync(CancellationToken.None)).Should().Equal(
            new PlatformCount("Nintendo Switch", 1), new PlatformCount("PC", 1), new PlatformCount("PlayStation 5", 1));
    }

    [Fact]
    public async Task MigratePlatformsCommand_RefusesBadArguments_WithExitCode2()
    {
        using var output = new StringWriter();

        (await GitGoods.LocalEnvironment.Platforms.MigratePlatformsCommand.RunAsync(["--dry-run"], null, output, CancellationToken.None)).Should().Be(2);
        (await GitGoods.LocalEnvironment.Platforms.MigratePlatformsCommand.RunAsync(
            ["--table-name", "t", "--alias", "NoEquals"], null, output, CancellationToken.None)).Should().Be(2);
        (await GitGoods.LocalEnvironment.Platforms.MigratePlatformsCommand.RunAsync(
            ["--table-name", "t", "--platforms", "PC,pc"], null, output, CancellationToken.None)).Should().Be(2);
        output.ToString().Should().Contain("--table-name is required").And.Contain("--alias must be").And.Contain("listed twice");
    }

    [Fact]
    public void SeedGames_UseOnlyManagedPlatforms() =>
        SeedGame.LoadAll().Should().OnlyContain(g => ManagedPlatforms.Default.Contains(g.Platform) && g.Platform == g.Platform.Trim());

    /// <summary>A table holding what free-text platforms left behind: two aliases and one platform no managed name stands for.</summary>
    private async Task<string> LegacyTableAsync()
    {
        var table = await fixture.DynamoDb.CreateTableAsync("platforms");
        var writer = new DynamoProductWriter(fixture.DynamoDb.Client, table);
        await writer.AddAsync(Legacy("legacy-switch", "Switch"), CancellationToken.None);
        await writer.AddAsync(Legacy("legacy-ps5", "PS5"), CancellationToken.None);
        await writer.AddAsync(Legacy("legacy-saturn", "Sega Saturn"), CancellationToken.None);
        return table;
    }

    private static Product Legacy(string id, string platform) =>
        Product.Create(id, "Legacy " + id, platform, "", new Money(1990, "SGD"), 3, [], "seller-legacy", ProductStatus.Active, Launch, Launch);
}

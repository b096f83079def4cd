using System.Net;
using System.Text.Json.Nodes;
using GitGoods.Adapters.Catalog;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Search;
using GitGoods.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace GitGoods.LocalEnvironment.Tests.Catalog;

/// <summary>
/// Over real HTTP on a stack of its own with 2,000+ products: every page of several searches, each matching
/// product exactly once and in order; plus the read side's 400, 304 and platform counts.
/// </summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class CataloguePagingTests(LocalEnvironmentFixture fixture)
{
    private static readonly string[] Platforms = ["PC", "Switch", "PS5", "Xbox"];
    private static readonly string[] Words = ["dragon", "quest", "space", "racer", "puzzle", "farm", "night", "legend"];
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static IReadOnlyList<Product>? s_active;

    [Theory]
    [InlineData("platform=PC&sort=price")]
    [InlineData("q=dragon&sort=relevance")]
    [InlineData("inStock=true&sort=-price")]
    [InlineData("minPrice=2000&maxPrice=9000&sort=title")]
    [InlineData("q=quest+night&platform=Switch,PS5")]
    public async Task WalkingEveryPage_FindsEachMatchingProductExactlyOnce_InOrder(string query)
    {
        var (stack, active) = await SeededAsync();
        var expected = Expected(active, query);

        var walked = new List<string>();
        string? cursor = null;
        do
        {
            using var response = await stack.Client.GetAsync($"/api/products?{query}&limit=100" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            walked.AddRange(page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        expected.Count.Should().BeGreaterThan(query.StartsWith("q=", StringComparison.Ordinal) ? 10 : 300);
        walked.Should().Equal(expected);
    }

    [Fact]
    public async Task Reads_CarryETags_AndAMatchingIfNoneMatchIs304WithNoBody()
    {
        var (stack, active) = await SeededAsync();
        foreach (var path in new[] { "/api/products?q=dragon", "/api/platforms", "/api/products/" + active[0].Id })
        {
            using var first = await stack.Client.GetAsync(path);
            first.StatusCode.Should().Be(HttpStatusCode.OK, path);
            first.Headers.CacheControl!.MaxAge.Should().NotBeNull();
            using var repeat = new HttpRequestMessage(HttpMethod.Get, path);
            repeat.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.Tag);

            using var second = await stack.Client.SendAsync(repeat);

            second.StatusCode.Should().Be(HttpStatusCode.NotModified, path);
            (await second.Content.ReadAsStringAsync()).Should().BeEmpty();
        }
    }

    [Fact]
    public async Task BadQueryParameters_Are400ProblemsNamingEachOfThem()
    {
        var (stack, _) = await SeededAsync();

        using var response = await stack.Client.GetAsync("/api/products?minPrice=x&sort=cheapest&inStock=maybe&limit=500");

        var problem = await SellerProductsApiTests.ShouldBeProblemAsync(response, 400);
        problem["errors"]!.AsObject().Select(e => e.Key).Should().BeEquivalentTo("minPrice", "sort", "inStock", "limit");
    }

    [Fact]
    public async Task Platforms_CountEveryActiveProduct()
    {
        var (stack, active) = await SeededAsync();

        using var response = await stack.Client.GetAsync("/api/platforms");

        var items = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["items"]!.AsArray();
        items.ToDictionary(i => i!["platform"]!.GetValue<string>(), i => i!["count"]!.GetValue<int>())
            .Should().BeEquivalentTo(active.GroupBy(p => p.Platform).ToDictionary(g => g.Key, g => g.Count()));
    }

    private static List<string> Expected(IReadOnlyList<Product> active, string query)
    {
        var request = new GitGoods.Hosting.Http.ApiGatewayHttpRequest
        {
            QueryStringParameters = query.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1].Replace('+', ' ')), StringComparer.Ordinal),
        };
        GitGoods.Catalog.ListProducts.ProductSearchQuery.TryRead(request, out var search, out _).Should().BeTrue();
        return [.. active
            .Where(p => search!.Matches(p) && search.Words.All(w => SearchTokens.Of($"{p.Title} {p.Platform} {p.Description}").Contains(w)))
            .OrderBy(p => SearchKey.Of(p, search!.Sort, search.Words.Sum(w => (SearchTokens.Of(p.Title).Contains(w) ? 3 : 0)
                + (SearchTokens.Of(p.Platform).Contains(w) ? 2 : 0) + (SearchTokens.Of(p.Description).Contains(w) ? 1 : 0))))
            .Select(p => p.Id)];
    }

    /// <summary>Starts the stack and writes 2,000 products straight into its table, before its first search.</summary>
    private async Task<(GitGoods.TestSupport.LocalEnvironmentHost Stack, IReadOnlyList<Product> Active)> SeededAsync()
    {
        var stack = await fixture.OwnStackAsync("paging");
        await Seeding.WaitAsync();
        try
        {
            if (s_active is null)
            {
                var table = stack.Services.GetRequiredService<GitGoods.Composition.FunctionServices>().Settings.RequireTableName();
                var writer = new DynamoProductWriter(fixture.DynamoDb.Client, table);
                var random = new Random(2026);
                var launch = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);
                var products = Enumerable.Range(0, 2000).Select(i => Product.Create($"bulk-{i:D4}", $"{Pick(random)} {Pick(random)}",
                    Platforms[random.Next(Platforms.Length)], $"A {Pick(random)} game.", new Money(random.Next(1, 40) * 250, "SGD"), random.Next(0, 3), [],
                    "bulk-seller", random.Next(8) == 0 ? ProductStatus.Unlisted : ProductStatus.Active, launch.AddMinutes(random.Next(700)),
                    launch.AddDays(1))).ToList();
                await Parallel.ForEachAsync(products, new ParallelOptions { MaxDegreeOfParallelism = 8 },
                    async (p, ct) => await writer.AddAsync(p, ct));
                s_active = await new DynamoProductCatalog(fixture.DynamoDb.Client, table).LoadActiveAsync(default);
            }

            return (stack, s_active);
        }
        finally
        {
            Seeding.Release();
        }
    }

    private static string Pick(Random random) => Words[random.Next(Words.Length)];
}

using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Search;
using GitGoods.Domain.Common;

namespace GitGoods.Domain.Tests.Catalog.Search;

public class ProductSearchIndexTests
{
    private static readonly List<Product> Catalogue = SearchCatalogue.Random(600, seed: 7);
    private static readonly ProductSearchIndex Index = new(Catalogue);

    public static TheoryData<string, string, long?, long?, bool, ProductSort> Searches => new()
    {
        { "", "", null, null, false, ProductSort.Newest },
        { "", "PC", null, null, false, ProductSort.Price },
        { "", "Switch,PS5", 2000, 9000, false, ProductSort.Title },
        { "", "", null, null, true, ProductSort.PriceDescending },
        { "dragon", "", null, null, false, ProductSort.Relevance },
        { "Star TACTICS", "", null, null, true, ProductSort.Relevance },
        { "quest", "Xbox", 1000, null, false, ProductSort.Price },
        { "", "", null, null, false, ProductSort.Relevance },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public void WalkingEveryPage_FindsEachMatchingProductExactlyOnce_InOrder(string q, string platforms, long? min, long? max,
        bool inStock, ProductSort sort)
    {
        var search = Search(q, platforms, min, max, inStock, sort, new PageRequest(7));
        var expected = Expected(search);

        var walked = Walk(Index, search);

        walked.Select(p => p.Id).Should().Equal(expected.Select(p => p.Id));
        expected.Should().NotBeEmpty();
    }

    [Fact]
    public void Relevance_RanksTitleMatchesAboveDescriptionMatches()
    {
        var day = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var index = new ProductSearchIndex([
            Product.Create("in-description", "Farm Life", "PC", "Dragon hunting", new Money(100, "SGD"), 1, [], "s", ProductStatus.Active, day.AddDays(1), day.AddDays(1)),
            Product.Create("in-title", "Dragon Farm", "PC", "A game.", new Money(100, "SGD"), 1, [], "s", ProductStatus.Active, day, day),
        ]);

        Ids(index, "dragon").Should().Equal("in-title", "in-description");
    }

    [Fact]
    public void Words_MatchCaseInsensitiveWholeWordsInTitleDescriptionOrPlatform()
    {
        var index = new ProductSearchIndex([new ProductBuilder { Id = "a", Title = "Starfall Tactics", Platform = "Switch" }.Build()]);

        Ids(index, "starfall").Should().Equal("a");
        Ids(index, "SWITCH tactics").Should().Equal("a");
        Ids(index, "game").Should().Equal("a");
        Ids(index, "star").Should().BeEmpty();
        Ids(index, "starfall xbox").Should().BeEmpty();
    }

    [Fact]
    public void Paging_StaysStable_WhenTheIndexIsRebuiltBetweenPages()
    {
        var search = Search("", "", null, null, false, ProductSort.Price, new PageRequest(50));
        var first = Index.Search(search);
        // Between pages: a product after the cursor changes price, one is unlisted, new products arrive.
        var changed = Catalogue.Select(p => p.Id == "p00100" ? SearchCatalogue.With(p, price: 20000)
            : p.Id == "p00200" ? SearchCatalogue.With(p, status: ProductStatus.Unlisted) : p).ToList();
        changed.AddRange(SearchCatalogue.Random(50, seed: 99, prefix: "new"));
        var rebuilt = new ProductSearchIndex(changed);

        var rest = Walk(rebuilt, search with { Page = new PageRequest(50, first.NextCursor) });

        var lastKey = SearchKey.Of(first.Items[^1], ProductSort.Price);
        rest.Select(p => p.Id).Should().Equal(Expected(search, changed).Where(p => SearchKey.Of(p, ProductSort.Price) > lastKey).Select(p => p.Id));
        var unchanged = Catalogue.Intersect(changed).Where(search.Matches).Select(p => p.Id);
        first.Items.Concat(rest).Select(p => p.Id).Where(unchanged.Contains).Should().BeEquivalentTo(unchanged).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Cursor_FromAnotherSort_IsRefused()
    {
        var page = Index.Search(Search("", "", null, null, false, ProductSort.Price, new PageRequest(5)));

        var act = () => Index.Search(Search("", "", null, null, false, ProductSort.Title, new PageRequest(5, page.NextCursor)));

        act.Should().Throw<InvalidCursorException>();
        ((Action)(() => Index.Search(Search("", "", null, null, false, ProductSort.Title, new PageRequest(5, "garbage!")))))
            .Should().Throw<InvalidCursorException>();
    }

    private static List<string> Ids(ProductSearchIndex index, string q) =>
        [.. index.Search(Search(q, "", null, null, false, ProductSort.Relevance, new PageRequest())).Items.Select(p => p.Id)];

    internal static ProductSearch Search(string q, string platforms, long? min, long? max, bool inStock, ProductSort sort, PageRequest page) =>
        new(SearchTokens.Of(q), new HashSet<string>(platforms.Split(',', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase),
            min, max, inStock, sort, page);

    internal static List<Product> Walk(ProductSearchIndex index, ProductSearch search)
    {
        var all = new List<Product>();
        string? cursor = search.Page.Cursor;
        do
        {
            var page = index.Search(search with { Page = new PageRequest(search.Page.Limit, cursor) });
            page.Items.Count.Should().BeLessThanOrEqualTo(search.Page.Limit);
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return all;
    }

    /// <summary>The obvious, slow answer: filter everything, score by brute force, sort by the key.</summary>
    private static List<Product> Expected(ProductSearch search, List<Product>? catalogue = null) =>
        [.. (catalogue ?? Catalogue)
            .Where(p => search.Matches(p) && search.Words.All(w => Words(p).Contains(w)))
            .OrderBy(p => SearchKey.Of(p, search.Words.Count == 0 && search.Sort == ProductSort.Relevance ? ProductSort.Newest : search.Sort, Score(p, search)))];

    private static HashSet<string> Words(Product p) => [.. SearchTokens.Of(p.Title + " " + p.Platform + " " + p.Description)];

    private static int Score(Product p, ProductSearch search) => search.Words.Distinct().Sum(w =>
        (SearchTokens.Of(p.Title).Contains(w) ? 3 : 0) + (SearchTokens.Of(p.Platform).Contains(w) ? 2 : 0)
        + (SearchTokens.Of(p.Description).Contains(w) ? 1 : 0));
}

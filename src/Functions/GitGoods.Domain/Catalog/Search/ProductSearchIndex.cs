using GitGoods.Domain.Common;

namespace GitGoods.Domain.Catalog.Search;

/// <summary>
/// An immutable, in-memory index of the ACTIVE catalogue: every product pre-sorted in each order, plus word →
/// products postings for title, platform and description. Built once per refresh, then shared by every request;
/// a search never touches DynamoDB. See docs/decisions/0006-catalogue-search.md for its size limits.
/// </summary>
public sealed class ProductSearchIndex
{
    private const int TitleWeight = 3;
    private const int PlatformWeight = 2;
    private const int DescriptionWeight = 1;

    private readonly Product[] _products;
    private readonly Dictionary<ProductSort, (SearchKey[] Keys, int[] Order)> _orders = [];
    private readonly Dictionary<string, List<(int Product, int Weight)>> _postings = new(StringComparer.Ordinal);

    public ProductSearchIndex(IEnumerable<Product> products)
    {
        ArgumentNullException.ThrowIfNull(products);
        _products = [.. products.Where(p => p.IsActive)];
        foreach (var sort in new[] { ProductSort.Price, ProductSort.PriceDescending, ProductSort.Title, ProductSort.Newest })
        {
            var keys = _products.Select(p => SearchKey.Of(p, sort)).ToArray();
            var order = Enumerable.Range(0, keys.Length).ToArray();
            Array.Sort(keys, order);
            _orders[sort] = (keys, order);
        }

        for (var i = 0; i < _products.Length; i++)
        {
            var weights = new Dictionary<string, int>(StringComparer.Ordinal);
            AddWords(weights, _products[i].Title, TitleWeight);
            AddWords(weights, _products[i].Platform, PlatformWeight);
            AddWords(weights, _products[i].Description, DescriptionWeight);
            foreach (var (word, weight) in weights)
            {
                if (!_postings.TryGetValue(word, out var list))
                {
                    _postings[word] = list = [];
                }

                list.Add((i, weight));
            }
        }
    }

    public int Count => _products.Length;

    /// <exception cref="InvalidCursorException">When the cursor did not come from a search with the same sort.</exception>
    public Page<Product> Search(ProductSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var after = search.Page.Cursor is null ? (SearchKey?)null : SearchKey.FromCursor(search.Page.Cursor, search.Sort);
        var words = search.Words.Distinct(StringComparer.Ordinal).ToList();
        return words.Count > 0 ? SearchWords(search, words, after) : Scan(search, after);
    }

    /// <summary>No words: walk the pre-sorted order from just after the cursor, keeping what the filters pass.</summary>
    private Page<Product> Scan(ProductSearch search, SearchKey? after)
    {
        var sort = search.Sort == ProductSort.Relevance ? ProductSort.Newest : search.Sort;
        var (keys, order) = _orders[sort];
        var start = 0;
        if (after is { } cursor)
        {
            var found = Array.BinarySearch(keys, cursor);
            start = found >= 0 ? found + 1 : ~found;
        }

        var hits = new List<(Product Product, SearchKey Key)>(search.Page.Limit + 1);
        for (var i = start; i < keys.Length && hits.Count <= search.Page.Limit; i++)
        {
            var product = _products[order[i]];
            if (search.Matches(product))
            {
                hits.Add((product, keys[i]));
            }
        }

        return PageOf(hits, search);
    }

    /// <summary>Words: intersect their postings, score by where each word was found, then sort the few hits.</summary>
    private Page<Product> SearchWords(ProductSearch search, List<string> words, SearchKey? after)
    {
        Dictionary<int, int>? scores = null;
        foreach (var word in words)
        {
            if (!_postings.TryGetValue(word, out var postings))
            {
                return new Page<Product>([], null);
            }

            var next = new Dictionary<int, int>(scores?.Count ?? postings.Count);
            foreach (var (product, weight) in postings)
            {
                if (scores is null || scores.TryGetValue(product, out _))
                {
                    next[product] = (scores?.GetValueOrDefault(product) ?? 0) + weight;
                }
            }

            scores = next;
        }

        var hits = scores!
            .Where(s => search.Matches(_products[s.Key]))
            .Select(s => (Product: _products[s.Key], Key: SearchKey.Of(_products[s.Key], search.Sort, s.Value)))
            .Where(h => after is null || h.Key > after.Value)
            .OrderBy(h => h.Key)
            .Take(search.Page.Limit + 1)
            .ToList();
        return PageOf(hits, search);
    }

    private static Page<Product> PageOf(List<(Product Product, SearchKey Key)> hits, ProductSearch search)
    {
        var limit = search.Page.Limit;
        var items = hits.Take(limit).Select(h => h.Product).ToList();
        return new Page<Product>(items, hits.Count > limit ? hits[limit - 1].Key.ToCursor(search.Sort) : null);
    }

    private static void AddWords(Dictionary<string, int> weights, string text, int weight)
    {
        // A word counts once per field, however often the field repeats it.
        foreach (var word in SearchTokens.Of(text).Distinct(StringComparer.Ordinal))
        {
            weights[word] = weights.GetValueOrDefault(word) + weight;
        }
    }
}

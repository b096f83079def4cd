namespace GitGoods.Domain.Catalog.Search;

/// <summary>The orders a shopper may ask for on <c>GET /api/products</c>.</summary>
public enum ProductSort
{
    Relevance,
    Price,
    PriceDescending,
    Title,
    Newest,
}

/// <summary>The wire names of <see cref="ProductSort"/>.</summary>
public static class ProductSorts
{
    public static bool TryParse(string text, out ProductSort sort)
    {
        (var known, sort) = text switch
        {
            "relevance" => (true, ProductSort.Relevance),
            "price" => (true, ProductSort.Price),
            "-price" => (true, ProductSort.PriceDescending),
            "title" => (true, ProductSort.Title),
            "newest" => (true, ProductSort.Newest),
            _ => (false, ProductSort.Newest),
        };
        return known;
    }

    public static string Name(ProductSort sort) => sort switch
    {
        ProductSort.Relevance => "relevance",
        ProductSort.Price => "price",
        ProductSort.PriceDescending => "-price",
        ProductSort.Title => "title",
        _ => "newest",
    };
}

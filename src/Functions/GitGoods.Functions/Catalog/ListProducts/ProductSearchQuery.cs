using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Search;
using GitGoods.Hosting.Http;
using GitGoods.Http;

namespace GitGoods.Catalog.ListProducts;

/// <summary>
/// Reads the query of <c>GET /api/products</c> into a <see cref="ProductSearch"/>, or a 400 problem naming every
/// bad parameter at once.
/// </summary>
public static class ProductSearchQuery
{
    public static bool TryRead(ApiGatewayHttpRequest request, [NotNullWhen(true)] out ProductSearch? search,
        [NotNullWhen(false)] out ApiGatewayHttpResponse? problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var words = SearchTokens.Of(request.Query("q"));
        var platforms = new HashSet<string>(
            (request.Query("platform") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            StringComparer.OrdinalIgnoreCase);
        var minPrice = Price(request, "minPrice", errors);
        var maxPrice = Price(request, "maxPrice", errors);
        if (minPrice > maxPrice)
        {
            errors["maxPrice"] = ["Must not be less than minPrice."];
        }

        var inStock = request.Query("inStock");
        if (inStock is not null && inStock is not ("true" or "false"))
        {
            errors["inStock"] = ["Must be true or false."];
        }

        var sortText = request.Query("sort");
        var sort = words.Count > 0 ? ProductSort.Relevance : ProductSort.Newest;
        if (sortText is not null && !ProductSorts.TryParse(sortText, out sort))
        {
            errors["sort"] = ["Must be one of relevance, price, -price, title, newest."];
        }

        var pageOk = PagingQuery.TryRead(request, out var page, out _);
        if (!pageOk)
        {
            errors["limit"] = ["Must be a whole number from 1 to 100."];
        }

        if (errors.Count > 0)
        {
            search = null;
            problem = HttpResults.BadRequest(request, "Some query parameters are not valid: " + string.Join(", ", errors.Keys) + ".", errors);
            return false;
        }

        search = new ProductSearch(words, platforms, minPrice, maxPrice, string.Equals(inStock, "true", StringComparison.Ordinal), sort, page!);
        problem = null;
        return true;
    }

    private static long? Price(ApiGatewayHttpRequest request, string name, Dictionary<string, string[]> errors)
    {
        var text = request.Query(name);
        if (text is null)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= Product.MaxPriceMinorUnits)
        {
            return value;
        }

        errors[name] = [$"Must be a whole number of minor units from 0 to {Product.MaxPriceMinorUnits}."];
        return null;
    }
}

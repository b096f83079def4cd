using System.Text;
using GitGoods.Domain.Catalog.Freshness;
using GitGoods.Domain.Catalog.Search;
using GitGoods.Domain.Common;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Catalog.ListProducts;

/// <summary>
/// GET /api/products: a page of ACTIVE products, searched, filtered and sorted in the in-memory index
/// (docs/decisions/0006-catalogue-search.md). Newest first by default; by relevance when there is a <c>q</c>.
/// At most 30 s old (<see cref="CatalogFreshness.Listings"/>). Each page is serialized once per index and query
/// (<see cref="SerializedPages{TVersion}"/>): a new index, every <see cref="ProductSearchCache.Lifetime"/>, starts afresh.
/// </summary>
public sealed class ListProductsHandler(ProductSearchCache search) : IHttpHandler
{
    private readonly SerializedPages<ProductSearchIndex> _pages = new();

    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        if (!ProductSearchQuery.TryRead(request, out var query, out var problem))
        {
            return problem;
        }

        try
        {
            var index = await search.CurrentAsync(cancellationToken);
            var page = _pages.GetOrAdd(index, QueryKey(request), () => Serialize(index.Search(query)));
            return CatalogCaching.Serialized(request, CatalogFreshness.Listings, page);
        }
        catch (InvalidCursorException e)
        {
            return PagingQuery.InvalidCursor(request, e);
        }
    }

    private static SerializedBody Serialize(Page<Domain.Catalog.Product> page) =>
        SerializedBody.Of(new PageResponse<ProductResponse>([.. page.Items.Select(ProductResponse.From)], page.NextCursor),
            FunctionsJsonContext.Default.PageResponseProductResponse);

    /// <summary>The query parameters in one canonical string: the page depends on nothing else (and the index).</summary>
    private static string QueryKey(ApiGatewayHttpRequest request)
    {
        if (request.QueryStringParameters is not { Count: > 0 } parameters)
        {
            return "";
        }

        var key = new StringBuilder();
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // Length-prefixed, so no value (one may hold '&' or '=') can spell another set of parameters.
            key.Append(name.Length).Append(':').Append(name).Append(value.Length).Append(':').Append(value);
        }

        return key.ToString();
    }
}

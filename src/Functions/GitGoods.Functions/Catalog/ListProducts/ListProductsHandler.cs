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
/// At most 30 s old (<see cref="CatalogFreshness.Listings"/>).
/// </summary>
public sealed class ListProductsHandler(ProductSearchCache search) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        if (!ProductSearchQuery.TryRead(request, out var query, out var problem))
        {
            return problem;
        }

        try
        {
            var page = await search.SearchAsync(query, cancellationToken);
            var body = new PageResponse<ProductResponse>([.. page.Items.Select(ProductResponse.From)], page.NextCursor);
            return CatalogCaching.Json(request, CatalogFreshness.Listings, body, FunctionsJsonContext.Default.PageResponseProductResponse);
        }
        catch (InvalidCursorException e)
        {
            return PagingQuery.InvalidCursor(request, e);
        }
    }
}

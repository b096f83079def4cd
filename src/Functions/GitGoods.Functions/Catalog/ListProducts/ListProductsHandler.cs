using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Catalog.ListProducts;

/// <summary>GET /api/products: a page of ACTIVE products, newest first.</summary>
public sealed class ListProductsHandler(IProductCatalog catalog) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        if (!PagingQuery.TryRead(request, out var pageRequest, out var problem))
        {
            return problem;
        }

        try
        {
            var page = await catalog.ListActiveAsync(pageRequest, cancellationToken);
            var body = new PageResponse<ProductResponse>([.. page.Items.Select(ProductResponse.From)], page.NextCursor);
            return HttpResults.Json(request, 200, body, FunctionsJsonContext.Default.PageResponseProductResponse, CatalogCaching.Headers());
        }
        catch (InvalidCursorException e)
        {
            return PagingQuery.InvalidCursor(request, e);
        }
    }
}

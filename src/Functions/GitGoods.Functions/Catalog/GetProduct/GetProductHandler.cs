using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Freshness;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Catalog.GetProduct;

/// <summary>
/// GET /api/products/{id}: one product; unknown and unlisted ids are both 404 to shoppers. Its stock is at most 5 s old
/// (<see cref="CatalogFreshness.ProductPage"/>).
/// </summary>
public sealed class GetProductHandler(IProductCatalog catalog) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = request.PathParameter("id");
        var product = string.IsNullOrWhiteSpace(id) ? null : await catalog.FindAsync(id, cancellationToken);
        return product is { IsActive: true }
            ? CatalogCaching.Json(request, CatalogFreshness.ProductPage, ProductResponse.From(product), FunctionsJsonContext.Default.ProductResponse,
                SellerProducts.ProductVersionTag.Of(product))
            : HttpResults.NotFound(request, $"No product has the id '{id}'.");
    }
}

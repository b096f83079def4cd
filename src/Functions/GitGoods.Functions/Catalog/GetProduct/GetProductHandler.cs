using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Freshness;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Catalog.GetProduct;

/// <summary>
/// GET /api/products/{id}: one product; unknown and unlisted ids are both 404 to shoppers. Its stock is at most 5 s old
/// (<see cref="CatalogFreshness.ProductPage"/>). The body is serialized once per copy of the product the catalogue's
/// cache hands out (<see cref="SerializedPages{TVersion}"/>), so it is exactly as fresh as that copy.
/// </summary>
public sealed class GetProductHandler(IProductCatalog catalog) : IHttpHandler
{
    private readonly SerializedPages<Product> _bodies = new(capacity: 1);

    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = request.PathParameter("id");
        var product = string.IsNullOrWhiteSpace(id) ? null : await catalog.FindAsync(id, cancellationToken);
        if (product is not { IsActive: true })
        {
            return HttpResults.NotFound(request, $"No product has the id '{id}'.");
        }

        var body = _bodies.GetOrAdd(product, "", () => SerializedBody.Of(ProductResponse.From(product), FunctionsJsonContext.Default.ProductResponse,
            SellerProducts.ProductVersionTag.Of(product)));
        return CatalogCaching.Serialized(request, CatalogFreshness.ProductPage, body);
    }
}

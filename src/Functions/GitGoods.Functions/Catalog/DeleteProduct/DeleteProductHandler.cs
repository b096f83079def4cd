using GitGoods.Catalog.SellerProducts;
using GitGoods.Catalog.UpdateProduct;
using GitGoods.Domain.Catalog;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Catalog.DeleteProduct;

/// <summary>
/// DELETE /api/seller/products/{id}: the product becomes UNLISTED (orders keep their history), leaves the
/// shopper's listing and its platform count, in one transaction. 204; deleting an UNLISTED product is a no-op.
/// </summary>
public sealed class DeleteProductHandler(IProductCatalog catalog, IProductWriter writer, TimeProvider time) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        var (before, problem) = await SellerProductLookup.FindAsync(catalog, request, cancellationToken);
        if (before is null)
        {
            return problem!;
        }

        if (before.IsActive)
        {
            var after = Product.Create(before.Id, before.Title, before.Platform, before.Description, before.Price, before.Stock, before.Images,
                before.SellerId, ProductStatus.Unlisted, before.CreatedAt, UpdateProductHandler.Later(time.GetUtcNow(), before.UpdatedAt),
                before.Version + 1);
            if (!await writer.ReplaceAsync(before, after, cancellationToken))
            {
                return SellerProductLookup.Stale(request);
            }
        }

        var response = HttpResults.Json(request, 204, "", FunctionsJsonContext.Default.String);
        response.Body = null;
        response.Headers!.Remove("content-type");
        return response;
    }
}

using GitGoods.Catalog.ProductImages;
using GitGoods.Catalog.SellerProducts;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Platforms;
using GitGoods.Domain.Common;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;
using GitGoods.Identity;

namespace GitGoods.Catalog.CreateProduct;

/// <summary>
/// POST /api/seller/products: a new ACTIVE product of the caller's. The id is minted here, the seller is the
/// caller (never the body), the times come from the clock; 201 with its Location and ETag. Shop image URLs are
/// checked and published by <see cref="ProductImageAttachment"/> (without one, they are refused).
/// </summary>
public sealed class CreateProductHandler(IProductWriter writer, ManagedPlatforms platforms, TimeProvider time, ProductImageAttachment? images = null)
    : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        var caller = Caller.From(request) ?? throw new InvalidOperationException("AccessGuard lets no anonymous caller reach this handler.");
        if (!ProductBody.TryRead(request, out var input, out var problem))
        {
            return problem;
        }

        var errors = ProductInputRules.Check(input, creating: true, platforms);
        if (errors.Count > 0)
        {
            return SellerProductLookup.Invalid(request, errors, platforms);
        }

        var change = await ProductImageSteps.PrepareAsync(images, caller.UserId, [], input.Images ?? [], cancellationToken);
        if (!change.IsValid)
        {
            return SellerProductLookup.Invalid(request, change.Errors.ToDictionary(StringComparer.Ordinal), platforms);
        }

        var now = time.GetUtcNow();
        var product = Product.Create(Guid.CreateVersion7(now).ToString("N"), input.Title!, input.Platform!, input.Description ?? "",
            new Money(input.Price!.Amount!.Value, ProductInputRules.ShopCurrency), input.Stock!.Value, input.Images ?? [], caller.UserId,
            ProductStatus.Active, now, now);
        await writer.AddAsync(product, cancellationToken);
        await ProductImageSteps.CompleteAsync(images, change, cancellationToken);
        var headers = ProductVersionTag.Headers(product);
        headers["location"] = "/api/products/" + product.Id;
        return HttpResults.Json(request, 201, ProductResponse.From(product), FunctionsJsonContext.Default.ProductResponse, headers);
    }
}

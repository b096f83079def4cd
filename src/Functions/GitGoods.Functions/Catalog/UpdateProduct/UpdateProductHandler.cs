using GitGoods.Catalog.ProductImages;
using GitGoods.Catalog.SellerProducts;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Platforms;
using GitGoods.Domain.Common;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;
using GitGoods.Identity;

namespace GitGoods.Catalog.UpdateProduct;

/// <summary>
/// PATCH /api/seller/products/{id}: changes any subset of the fields, plus status. Written only if the version
/// is still the one read (and the one named by If-Match, when sent), so two edits never silently overwrite.
/// New shop images are checked and published first; replaced or removed ones are deleted once the write succeeded.
/// </summary>
public sealed class UpdateProductHandler(
    IProductCatalog catalog, IProductWriter writer, ManagedPlatforms platforms, TimeProvider time, ProductImageAttachment? images = null)
    : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        if (!ProductBody.TryRead(request, out var input, out var problem))
        {
            return problem;
        }

        var (before, notFound) = await SellerProductLookup.FindAsync(catalog, request, cancellationToken);
        if (before is null)
        {
            return notFound!;
        }

        var errors = ProductInputRules.Check(input, creating: false, platforms);
        if (errors.Count > 0)
        {
            return SellerProductLookup.Invalid(request, errors, platforms);
        }

        var callerId = Caller.From(request)!.UserId;
        var change = await ProductImageSteps.PrepareAsync(images, callerId, before.Images, input.Images ?? before.Images, cancellationToken);
        if (!change.IsValid)
        {
            return SellerProductLookup.Invalid(request, change.Errors.ToDictionary(StringComparer.Ordinal), platforms);
        }

        var status = input.Status switch
        {
            "ACTIVE" => ProductStatus.Active,
            "UNLISTED" => ProductStatus.Unlisted,
            _ => before.Status,
        };
        var after = Product.Create(before.Id, input.Title ?? before.Title, input.Platform ?? before.Platform,
            input.Description ?? before.Description, input.Price is null ? before.Price : new Money(input.Price.Amount!.Value, ProductInputRules.ShopCurrency),
            input.Stock ?? before.Stock, input.Images ?? before.Images, before.SellerId, status, before.CreatedAt,
            Later(time.GetUtcNow(), before.UpdatedAt), before.Version + 1);
        if (!await writer.ReplaceAsync(before, after, cancellationToken))
        {
            await ProductImageSteps.AbandonAsync(images, change, cancellationToken);
            return SellerProductLookup.Stale(request);
        }

        await ProductImageSteps.CompleteAsync(images, change, cancellationToken);
        return HttpResults.Json(request, 200, ProductResponse.From(after), FunctionsJsonContext.Default.ProductResponse, ProductVersionTag.Headers(after));
    }

    internal static DateTimeOffset Later(DateTimeOffset now, DateTimeOffset previous) => now > previous ? now : previous;
}

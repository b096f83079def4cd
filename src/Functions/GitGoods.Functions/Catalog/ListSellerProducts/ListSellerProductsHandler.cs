using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;
using GitGoods.Identity;

namespace GitGoods.Catalog.ListSellerProducts;

/// <summary>
/// GET /api/seller/products: the caller's own products in every status, newest first. An admin may name any
/// seller with <c>?sellerId=</c>; a seller naming someone else is refused.
/// </summary>
public sealed class ListSellerProductsHandler(IProductCatalog catalog) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        var caller = Caller.From(request) ?? throw new InvalidOperationException("AccessGuard lets no anonymous caller reach this handler.");
        var sellerId = request.Query("sellerId") ?? caller.UserId;
        if (!string.Equals(sellerId, caller.UserId, StringComparison.Ordinal) && !caller.IsAdmin)
        {
            return HttpResults.Problem(request, 403, "Forbidden", "Sellers may list only their own products.");
        }

        if (!PagingQuery.TryRead(request, out var pageRequest, out var problem))
        {
            return problem;
        }

        try
        {
            var page = await catalog.ListBySellerAsync(sellerId, pageRequest, cancellationToken);
            var body = new PageResponse<ProductResponse>([.. page.Items.Select(ProductResponse.From)], page.NextCursor);
            return HttpResults.Json(request, 200, body, FunctionsJsonContext.Default.PageResponseProductResponse,
                new Dictionary<string, string>(StringComparer.Ordinal) { ["cache-control"] = "private, no-store" });
        }
        catch (InvalidCursorException e)
        {
            return PagingQuery.InvalidCursor(request, e);
        }
    }
}

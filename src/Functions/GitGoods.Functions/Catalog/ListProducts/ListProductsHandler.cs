using System.Globalization;
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
        ArgumentNullException.ThrowIfNull(request);
        if (!TryReadLimit(request.Query("limit"), out var limit))
        {
            return HttpResults.BadRequest(request, $"limit must be a whole number from 1 to {PageRequest.MaxLimit}.",
                Errors("limit", $"Must be a whole number from 1 to {PageRequest.MaxLimit}."));
        }

        try
        {
            var page = await catalog.ListActiveAsync(new PageRequest(limit, request.Query("cursor")), cancellationToken);
            var body = new PageResponse<ProductResponse>([.. page.Items.Select(ProductResponse.From)], page.NextCursor);
            return HttpResults.Json(request, 200, body, FunctionsJsonContext.Default.PageResponseProductResponse, CatalogCaching.Headers());
        }
        catch (InvalidCursorException e)
        {
            return HttpResults.BadRequest(request, e.Message, Errors("cursor", "Use the nextCursor of an earlier page."));
        }
    }

    private static bool TryReadLimit(string? text, out int limit)
    {
        limit = PageRequest.DefaultLimit;
        return text is null
            || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit is >= 1 and <= PageRequest.MaxLimit);
    }

    private static Dictionary<string, string[]> Errors(string field, string message) =>
        new(StringComparer.Ordinal) { [field] = [message] };
}

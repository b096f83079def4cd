using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Platforms;
using GitGoods.Hosting.Http;
using GitGoods.Http;
using GitGoods.Identity;

namespace GitGoods.Catalog.SellerProducts;

/// <summary>
/// Finds the product a seller means to change: another seller's product is a 404 (ids cannot be probed);
/// admins may change any. A stale <c>If-Match</c> is a 412. Always read fresh, never from a cache.
/// </summary>
public static class SellerProductLookup
{
    public static async Task<(Product? Product, ApiGatewayHttpResponse? Problem)> FindAsync(IProductCatalog catalog,
        ApiGatewayHttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var caller = Caller.From(request) ?? throw new InvalidOperationException("AccessGuard lets no anonymous caller reach this handler.");
        var id = request.PathParameter("id");
        var product = string.IsNullOrWhiteSpace(id) ? null : await catalog.FindAsync(id, cancellationToken);
        if (product is null || (!caller.IsAdmin && !string.Equals(product.SellerId, caller.UserId, StringComparison.Ordinal)))
        {
            return (null, HttpResults.NotFound(request, $"You have no product with the id '{id}'."));
        }

        return ProductVersionTag.IfMatchAllows(request, product) ? (product, null) : (null, Stale(request));
    }

    public static ApiGatewayHttpResponse Stale(ApiGatewayHttpRequest request) =>
        HttpResults.Problem(request, 412, "Precondition Failed",
            "The product has changed since you read it: read it again (its ETag) and reapply your change.");

    /// <summary>422 naming every invalid field; with the allowed platforms when the platform is one of them.</summary>
    public static ApiGatewayHttpResponse Invalid(ApiGatewayHttpRequest request, IDictionary<string, string[]> errors, ManagedPlatforms platforms)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(platforms);
        var problem = new ProductProblem("https://gitgoods.dev/problems/unprocessable-content", "Unprocessable Content", 422,
            "Some fields are not valid: " + string.Join(", ", errors.Keys) + ".", request.RequestContext.RequestId,
            errors.ToDictionary(StringComparer.Ordinal), errors.ContainsKey(PlatformRule.Field) ? platforms.Names : null);
        var response = HttpResults.Json(request, 422, problem, FunctionsJsonContext.Default.ProductProblem);
        response.Headers!["content-type"] = "application/problem+json";
        return response;
    }
}

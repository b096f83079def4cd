using GitGoods.Domain.Catalog;
using GitGoods.Hosting.Http;

namespace GitGoods.Catalog.SellerProducts;

/// <summary>
/// A product's strong ETag is its stored version: <c>"3"</c>. <c>If-Match</c> is optional (a client that sends
/// none gets last-writer-wins on the version it read a moment ago, still never a lost update inside the write),
/// but when sent it must name the current version, or the write is refused with 412.
/// </summary>
public static class ProductVersionTag
{
    public static string Of(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return "\"" + product.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"";
    }

    /// <summary>True when there is no If-Match, or it is <c>*</c>, or it names this version.</summary>
    public static bool IfMatchAllows(ApiGatewayHttpRequest request, Product product)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ifMatch = request.Header("if-match");
        return ifMatch is null || ifMatch.Split(',', StringSplitOptions.TrimEntries)
            .Any(tag => string.Equals(tag, "*", StringComparison.Ordinal) || string.Equals(tag, Of(product), StringComparison.Ordinal));
    }

    public static IDictionary<string, string> Headers(Product product) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["etag"] = Of(product),
        ["cache-control"] = "private, no-store",
    };
}

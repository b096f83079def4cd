using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GitGoods.Domain.Catalog.Freshness;
using GitGoods.Hosting.Http;
using GitGoods.Http;

namespace GitGoods.Catalog;

/// <summary>
/// Catalogue reads are cacheable: a strong <c>ETag</c> (a hash of the body, or the product's version) and a short
/// <c>Cache-Control</c>, so CloudFront and browsers can serve repeats, and a matching <c>If-None-Match</c> gets a 304
/// with no body. The <c>Cache-Control</c> is the route's share of its freshness budget (<see cref="CatalogFreshness"/>):
/// <c>max-age=1</c> on a product page (stock at most 5 s old), <c>max-age=5, stale-while-revalidate=2</c> on listings,
/// search and platforms (at most 30 s old).
/// </summary>
internal static class CatalogCaching
{
    public static ApiGatewayHttpResponse Json<T>(ApiGatewayHttpRequest request, FreshnessBudget freshness, T body, JsonTypeInfo<T> typeInfo,
        string? etag = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(freshness);
        var json = JsonSerializer.Serialize(body, typeInfo);
        etag ??= "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)).AsSpan(0, 16)) + "\"";
        var headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["cache-control"] = freshness.CacheControl, ["etag"] = etag };
        if (Matches(request.Header("if-none-match"), etag))
        {
            var notModified = HttpResults.Json(request, 304, body, typeInfo, headers);
            notModified.Body = null;
            notModified.Headers!.Remove("content-type");
            return notModified;
        }

        return HttpResults.Json(request, 200, body, typeInfo, headers);
    }

    private static bool Matches(string? ifNoneMatch, string etag) =>
        ifNoneMatch is not null && ifNoneMatch.Split(',', StringSplitOptions.TrimEntries)
            .Any(tag => string.Equals(tag, "*", StringComparison.Ordinal) || string.Equals(tag, etag, StringComparison.Ordinal)
                || string.Equals(tag, "W/" + etag, StringComparison.Ordinal));
}

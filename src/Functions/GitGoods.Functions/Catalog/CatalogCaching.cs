using System.Text.Json.Serialization.Metadata;
using GitGoods.Domain.Catalog.Freshness;
using GitGoods.Hosting.Http;

namespace GitGoods.Catalog;

/// <summary>
/// Catalogue reads are cacheable: a strong <c>ETag</c> (a hash of the body, or the product's version) and a short
/// <c>Cache-Control</c>, so CloudFront and browsers can serve repeats, and a matching <c>If-None-Match</c> gets a 304
/// with no body. The <c>Cache-Control</c> is the route's share of its freshness budget (<see cref="CatalogFreshness"/>):
/// <c>max-age=1</c> on a product page (stock at most 5 s old), <c>max-age=5, stale-while-revalidate=2</c> on listings,
/// search and platforms (at most 30 s old). The body is serialized once (<see cref="SerializedBody"/>), and the
/// handlers keep it per version of what it was built from (<see cref="SerializedPages{TVersion}"/>).
/// </summary>
internal static class CatalogCaching
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public static ApiGatewayHttpResponse Json<T>(ApiGatewayHttpRequest request, FreshnessBudget freshness, T body, JsonTypeInfo<T> typeInfo,
        string? etag = null) =>
        Serialized(request, freshness, SerializedBody.Of(body, typeInfo, etag));

    /// <summary>200 with the serialized body, or 304 without it when <c>If-None-Match</c> names its tag.</summary>
    public static ApiGatewayHttpResponse Serialized(ApiGatewayHttpRequest request, FreshnessBudget freshness, SerializedBody body)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(freshness);
        ArgumentNullException.ThrowIfNull(body);
        var headers = new Dictionary<string, string>(4, StringComparer.OrdinalIgnoreCase)
        {
            ["x-request-id"] = request.RequestContext.RequestId,
            ["cache-control"] = freshness.CacheControl,
            ["etag"] = body.ETag,
        };
        if (Matches(request.Header("if-none-match"), body.ETag))
        {
            return new ApiGatewayHttpResponse { StatusCode = 304, Headers = headers };
        }

        headers["content-type"] = JsonContentType;
        return new ApiGatewayHttpResponse { StatusCode = 200, Headers = headers }.WithUtf8Body(body.Text, body.Utf8);
    }

    private static bool Matches(string? ifNoneMatch, string etag)
    {
        if (ifNoneMatch is null)
        {
            return false;
        }

        foreach (var range in ifNoneMatch.Split(','))
        {
            var tag = range.AsSpan().Trim();
            if (tag is "*" || tag.SequenceEqual(etag) || (tag.StartsWith("W/", StringComparison.Ordinal) && tag[2..].SequenceEqual(etag)))
            {
                return true;
            }
        }

        return false;
    }
}

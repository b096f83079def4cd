using Amazon.CDK.AWS.Apigatewayv2;

using GitGoods.Infrastructure.Hosting;
using GitGoods.Manifest;

namespace GitGoods.Infrastructure.Api;

/// <summary>
/// The API's CORS policy, only when the site has its own domain: exactly that origin, the methods the manifest's routes
/// use, the request headers the SPA sends and the response headers it reads, no credentials (the token travels in
/// <c>Authorization</c>, not a cookie). Without a custom domain there is no CORS configuration at all: the SPA calls
/// <c>/api</c> on its own origin, and browsers refuse every cross-origin call. The distribution's own
/// <c>*.cloudfront.net</c> name cannot be allowed instead: the distribution depends on the API (its origin), so the API
/// naming the distribution would be a cycle (decision 0018). Preflights are answered by API Gateway itself, so OPTIONS
/// is not listed: Access-Control-Allow-Methods names the methods of the actual requests.
/// </summary>
public sealed record ApiCors
{
    public static readonly string[] AllowHeaders = ["authorization", "content-type", "idempotency-key", "x-cart-id", "if-match", "x-admission-token", "x-position-token"];

    public static readonly string[] ExposeHeaders = ["x-request-id", "x-cart-id", "location", "etag", "retry-after"];

    public ApiCors(string allowOrigin, IReadOnlyList<CorsHttpMethod> allowMethods)
    {
        AllowOrigin = allowOrigin;
        AllowMethods = allowMethods;
    }

    /// <summary>The one origin allowed, e.g. <c>https://shop.example.com</c>.</summary>
    public string AllowOrigin { get; }

    public IReadOnlyList<CorsHttpMethod> AllowMethods { get; }

    /// <summary>The policy for a site on <paramref name="domain"/>; null (no CORS) when there is no custom domain.</summary>
    public static ApiCors? ForSite(SiteDomain? domain, IEnumerable<FunctionDefinition> functions) =>
        domain is null ? null : new ApiCors(domain.Origin, MethodsOf(functions));

    /// <summary>The distinct methods of the HTTP routes, in a stable order.</summary>
    public static IReadOnlyList<CorsHttpMethod> MethodsOf(IEnumerable<FunctionDefinition> functions) =>
    [
        .. functions.Select(f => f.Trigger).OfType<HttpRouteTrigger>()
            .Select(route => route.Method.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(method => Enum.Parse<CorsHttpMethod>(method)),
    ];
}

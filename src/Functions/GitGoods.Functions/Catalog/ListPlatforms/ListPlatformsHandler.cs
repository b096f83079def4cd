using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Freshness;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Catalog.ListPlatforms;

public sealed record PlatformsResponse(IReadOnlyList<PlatformCountResponse> Items);

public sealed record PlatformCountResponse(string Platform, int Count);

/// <summary>GET /api/platforms: every platform with ACTIVE products, and how many; at most 30 s old (<see cref="CatalogFreshness.Listings"/>).</summary>
public sealed class ListPlatformsHandler(IProductCatalog catalog) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        var platforms = await catalog.ListPlatformsAsync(cancellationToken);
        var body = new PlatformsResponse([.. platforms.Select(p => new PlatformCountResponse(p.Platform, p.Count))]);
        return CatalogCaching.Json(request, CatalogFreshness.Listings, body, FunctionsJsonContext.Default.PlatformsResponse);
    }
}

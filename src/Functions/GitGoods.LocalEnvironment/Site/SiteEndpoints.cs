using GitGoods.Domain.Catalog.Platforms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GitGoods.LocalEnvironment.Site;

/// <summary>The runtime /config.json the SPA reads (the SPA's own files: <see cref="SpaHosting"/>).</summary>
public static class SiteEndpoints
{
    public static IEndpointRouteBuilder MapSite(this IEndpointRouteBuilder endpoints, string region, ManagedPlatforms platforms)
    {
        endpoints.MapGet("/config.json", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return Results.Json(SpaConfig.For(Origin(context.Request), region, platforms));
        });
        return endpoints;
    }

    // The URL the browser used, so the config is right whichever loopback name or port was chosen.
    private static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host.Value}";
}

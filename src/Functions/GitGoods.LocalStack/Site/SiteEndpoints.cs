using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GitGoods.LocalStack.Site;

/// <summary>The local stack's own pages: the runtime /config.json the SPA reads, and a placeholder home page.</summary>
public static class SiteEndpoints
{
    public static IEndpointRouteBuilder MapSite(this IEndpointRouteBuilder endpoints, string region)
    {
        endpoints.MapGet("/config.json", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return Results.Json(SpaConfig.For(Origin(context.Request), region));
        });
        endpoints.MapGet("/", () => Results.Content(PlaceholderPage.Html, "text/html; charset=utf-8"));
        return endpoints;
    }

    // The URL the browser used, so the config is right whichever loopback name or port was chosen.
    private static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host.Value}";
}

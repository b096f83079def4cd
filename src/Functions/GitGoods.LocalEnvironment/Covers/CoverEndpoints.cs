using GitGoods.Composition;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GitGoods.LocalEnvironment.Covers;

/// <summary>GET /images/covers/{id}.svg: the generated cover of a product.</summary>
public static class CoverEndpoints
{
    public static IEndpointRouteBuilder MapCovers(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/images/covers/{file}", async (string file, FunctionServices services, HttpContext context) =>
        {
            if (!file.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
            {
                return Results.NotFound();
            }

            var product = await services.ProductCatalog.FindAsync(file[..^4], context.RequestAborted);
            if (product is null)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Text(CoverSvg.Render(product.Id, product.Title, product.Platform), "image/svg+xml");
        });
        return endpoints;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GitGoods.LocalEnvironment.Site;

/// <summary>
/// Serves the built SPA from the stack's origin, as CloudFront does on AWS: its files, with hashed <c>/assets/*</c>
/// cached for a year and index.html revalidated every time; any other GET of a path without a file extension (a
/// client route such as <c>/products/abc</c>) gets index.html. The stack's own paths (<c>/api</c>, <c>/cognito</c>,
/// <c>/local</c>, <c>/images</c>, <c>/config.json</c>) never fall back to it. Without a built SPA, <c>/</c> is a placeholder page.
/// </summary>
public static class SpaHosting
{
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    private static readonly PathString IndexPath = "/" + WebRootFiles.IndexFile;
    private static readonly PathString AssetsPath = "/assets";
    private static readonly PathString[] StackPaths = ["/api", "/cognito", "/local", "/images", "/config.json"];

    /// <summary>Runs after routing: only requests no endpoint took reach it.</summary>
    public static IApplicationBuilder UseSpa(this IApplicationBuilder app, WebRootFiles files)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(files);
        app.Use(async (context, next) =>
        {
            if (IsClientRoute(context))
            {
                if (files.HasIndex)
                {
                    // The static files below serve it, with index.html's headers.
                    context.Request.Path = IndexPath;
                }
                else if (context.Request.Path == "/")
                {
                    await WritePlaceholderAsync(context.Response, files.Root);
                    return;
                }
            }

            await next(context);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = file => SetHeaders(file.Context),
        });
        return app;
    }

    private static bool IsClientRoute(HttpContext context) =>
        context.GetEndpoint() is null
        && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && !Path.HasExtension(context.Request.Path.Value)
        && !StackPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    private static void SetHeaders(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (request.Path.StartsWithSegments(AssetsPath, StringComparison.Ordinal))
        {
            // Vite names these by content hash: a new build has new names.
            response.Headers.CacheControl = ImmutableCacheControl;
            SecurityHeaders.ApplyNoSniff(response);
        }
        else if (request.Path.Value?.EndsWith(".html", StringComparison.OrdinalIgnoreCase) == true)
        {
            response.Headers.CacheControl = "no-cache";
            SecurityHeaders.ApplyToHtml(response, SecurityHeaders.SpaContentSecurityPolicy);
        }
        else
        {
            // favicon.ico, robots.txt and the like keep their names between builds.
            response.Headers.CacheControl = "no-cache";
            SecurityHeaders.ApplyNoSniff(response);
        }
    }

    private static Task WritePlaceholderAsync(HttpResponse response, string webRoot)
    {
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        SecurityHeaders.ApplyToHtml(response, PlaceholderPage.ContentSecurityPolicy);
        return response.WriteAsync(PlaceholderPage.Html(webRoot));
    }
}

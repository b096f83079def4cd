using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GitGoods.LocalEnvironment.Edge;

/// <summary>
/// Compresses responses as CloudFront does on the behaviours with <c>Compress = true</c> (ASP.NET Core's response
/// compression, held to CloudFront's rules): Brotli when the viewer accepts it, else gzip; only the content types
/// CloudFront compresses; only a response with a Content-Length from 1,000 to 10,000,000 bytes; never one the origin
/// already encoded. The middleware adds <c>Vary: Accept-Encoding</c>; a strong ETag becomes weak, as CloudFront's "ETag header conversion" does.
/// Where CloudFront does not compress, neither does this: <c>/images/*</c> (<c>Compress = false</c>) and the API
/// behind the CachingDisabled policy (every <c>/api</c> route but the catalogue's cached reads), whose Accept-Encoding
/// flags are off.
/// </summary>
public static class CloudFrontCompression
{
    public const long MinimumBytes = 1_000;
    public const long MaximumBytes = 10_000_000;

    /// <summary>CloudFront's list ("File types that CloudFront compresses").</summary>
    public static readonly IReadOnlyList<string> MimeTypes =
    [
        "application/dash+xml", "application/eot", "application/font", "application/font-sfnt", "application/javascript",
        "application/json", "application/opentype", "application/otf", "application/pkcs7-mime",
        "application/protobuf", "application/rss+xml", "application/truetype", "application/ttf",
        "application/vnd.apple.mpegurl", "application/vnd.mapbox-vector-tile", "application/vnd.ms-fontobject",
        "application/wasm", "application/xhtml+xml", "application/xml", "application/x-font-opentype",
        "application/x-font-truetype", "application/x-font-ttf", "application/x-httpd-cgi", "application/x-javascript",
        "application/x-mpegurl", "application/x-opentype", "application/x-otf", "application/x-perl", "application/x-ttf",
        "font/eot", "font/opentype", "font/otf", "font/ttf", "image/svg+xml", "text/css", "text/csv", "text/html",
        "text/javascript", "text/js", "text/plain", "text/richtext", "text/tab-separated-values", "text/xml",
        "text/x-component", "text/x-java-source", "text/x-script", "vnd.apple.mpegurl",
    ];

    /// <summary>The API paths CloudFront serves through the catalogue's cache policies (gzip and Brotli enabled).</summary>
    private static readonly PathString[] CompressedApiPaths = ["/api/products", "/api/platforms"];

    /// <param name="enabled">Off: nothing is registered, responses go out as the origin wrote them.</param>
    public static IServiceCollection AddCloudFrontCompression(this IServiceCollection services, bool enabled)
    {
        if (!enabled)
        {
            return services;
        }

        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = MimeTypes;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        // Registered after AddResponseCompression's own: the middleware asks the last one.
        services.AddSingleton<IResponseCompressionProvider, CloudFrontCompressionRules>();
        return services;
    }

    public static IApplicationBuilder UseCloudFrontCompression(this IApplicationBuilder app, bool enabled)
    {
        if (!enabled)
        {
            return app;
        }

        // If-None-Match compares weakly (RFC 9110 13.1.2), but the static files compare strongly: the weak ETag a
        // compressed copy carries is handed on as the strong one it came from, so a browser's revalidation still gets 304.
        app.Use((context, next) =>
        {
            var ifNoneMatch = context.Request.Headers.IfNoneMatch;
            if (ifNoneMatch.Any(v => v?.Contains("W/", StringComparison.Ordinal) == true))
            {
                context.Request.Headers.IfNoneMatch = ifNoneMatch.ToString().Replace("W/", "", StringComparison.Ordinal);
            }

            return next(context);
        });
        return app.UseResponseCompression();
    }

    /// <summary>Whether the path is one CloudFront compresses (the content type and size are checked later).</summary>
    public static bool CompressesPath(PathString path) =>
        !path.StartsWithSegments("/images", StringComparison.OrdinalIgnoreCase)
        && (!path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || CompressedApiPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Whether the response's declared size is in CloudFront's range; without a Content-Length it does not compress.</summary>
    public static bool HasCompressibleLength(long? contentLength) => contentLength is >= MinimumBytes and <= MaximumBytes;

    /// <summary>The encoding CloudFront picks: br whenever the viewer accepts it, else gzip, else none.</summary>
    public static string? ChooseEncoding(IList<StringWithQualityHeaderValue> accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        bool Accepts(string coding) => accepted.Any(a => string.Equals(a.Value.Value, coding, StringComparison.OrdinalIgnoreCase) && a.Quality is null or > 0);
        return Accepts("br") ? "br" : Accepts("gzip") ? "gzip" : null;
    }

    /// <summary>The middleware's decisions, held to CloudFront's rules; the content-type check stays ASP.NET Core's.</summary>
    private sealed class CloudFrontCompressionRules(IServiceProvider services, IOptions<ResponseCompressionOptions> options) : IResponseCompressionProvider
    {
        private readonly ResponseCompressionProvider _inner = new(services, options);
        private readonly BrotliCompressionProvider _brotli = new(services.GetRequiredService<IOptions<BrotliCompressionProviderOptions>>());
        private readonly GzipCompressionProvider _gzip = new(services.GetRequiredService<IOptions<GzipCompressionProviderOptions>>());

        public bool CheckRequestAcceptsCompression(HttpContext context) =>
            CompressesPath(context.Request.Path) && Choose(context) is not null;

        public ICompressionProvider? GetCompressionProvider(HttpContext context) => Choose(context) switch
        {
            "br" => _brotli,
            "gzip" => _gzip,
            _ => null,
        };

        /// <summary>Asked once, as the headers go out; a yes also makes a strong ETag weak, as CloudFront does.</summary>
        public bool ShouldCompressResponse(HttpContext context)
        {
            var compress = !context.Response.Headers.ContainsKey(HeaderNames.ContentEncoding)
                && HasCompressibleLength(context.Response.ContentLength)
                && _inner.ShouldCompressResponse(context);
            if (compress && context.Response.Headers.ETag is [{ } etag] && !etag.StartsWith("W/", StringComparison.Ordinal))
            {
                context.Response.Headers.ETag = "W/" + etag;
            }

            return compress;
        }

        private static string? Choose(HttpContext context) =>
            ChooseEncoding(context.Request.GetTypedHeaders().AcceptEncoding);
    }
}

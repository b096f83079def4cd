using Amazon.S3;
using Amazon.S3.Model;
using GitGoods.Domain.Catalog.Images;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GitGoods.LocalEnvironment.Images;

/// <summary>
/// The local stand-ins of the image bucket's two doors: <c>PUT /local/s3/{bucket}/{key}</c> takes a pre-signed upload
/// (checked here: signature, expiry, signed type and length, at most 2 MB, only under <c>uploads/</c>; refused with S3's
/// XML errors), and <c>GET /images/products/{id}</c> serves an attached image with the CDN's cache headers.
/// </summary>
public static class ImageEndpoints
{
    /// <summary>What CloudFront's image behaviour sends: the object never changes under its id.</summary>
    public const string CacheControl = GitGoods.Adapters.Images.S3ImageStore.PublicCacheControl;

    public static IEndpointRouteBuilder MapImages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(LocalImageBucket.UploadPath + "/{bucket}/{**key}", ["PUT"], PutAsync);
        endpoints.MapMethods(LocalImageBucket.UploadPath + "/{bucket}/{**key}", ["OPTIONS"], (HttpContext context) =>
        {
            // The bucket's CORS rule: PUT from the site's own origin.
            if (SameSite(context))
            {
                context.Response.Headers.AccessControlAllowOrigin = context.Request.Headers.Origin.ToString();
                context.Response.Headers.AccessControlAllowMethods = "PUT";
                context.Response.Headers.AccessControlAllowHeaders = "content-type";
                context.Response.Headers.AccessControlMaxAge = "3000";
            }

            return Results.StatusCode(SameSite(context) ? 200 : 403);
        });
        endpoints.MapMethods(ImageKeys.PublicPathPrefix + "{id}", ["GET", "HEAD"], GetAsync);
        return endpoints;
    }

    private static async Task PutAsync(string bucket, string key, HttpContext context)
    {
        var images = context.RequestServices.GetRequiredService<LocalImageBucket>();
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.ToString();
        var rawPath = rawTarget.Split('?', 2)[0];
        var error = images.Verifier.Verify("PUT", rawPath, context.Request.QueryString.Value ?? "", Header(context));
        if (error is null && (!string.Equals(bucket, LocalImageBucket.BucketName, StringComparison.Ordinal)
                || !key.StartsWith(ImageKeys.UploadPrefix, StringComparison.Ordinal)))
        {
            error = S3Error.AccessDenied("Uploads go to the image bucket's uploads/ prefix only.");
        }

        error ??= context.Request.ContentLength switch
        {
            null => S3Error.MissingContentLength(),
            > ImageFormats.MaxBytes => S3Error.EntityTooLarge(ImageFormats.MaxBytes),
            _ => null,
        };
        if (SameSite(context))
        {
            context.Response.Headers.AccessControlAllowOrigin = context.Request.Headers.Origin.ToString();
            context.Response.Headers.AccessControlExposeHeaders = "etag";
        }

        if (error is not null)
        {
            await WriteAsync(context, error);
            return;
        }

        using var body = new MemoryStream((int)context.Request.ContentLength!.Value);
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        body.Position = 0;
        var put = await images.S3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = key,
            InputStream = body,
            ContentType = context.Request.ContentType,
            AutoCloseStream = false,
        }, context.RequestAborted);
        context.Response.Headers.ETag = put.ETag;
        context.Response.StatusCode = 200;
    }

    private static async Task GetAsync(string id, HttpContext context)
    {
        if (!ImageKeys.IsImageId(id))
        {
            await WriteAsync(context, S3Error.NoSuchKey());
            return;
        }

        var images = context.RequestServices.GetRequiredService<LocalImageBucket>();
        try
        {
            using var found = await images.S3.GetObjectAsync(LocalImageBucket.BucketName, ImageKeys.Public(id), context.RequestAborted);
            context.Response.ContentType = found.Headers.ContentType;
            context.Response.ContentLength = found.ContentLength;
            context.Response.Headers.CacheControl = CacheControl;
            context.Response.Headers.ETag = found.ETag;
            context.Response.Headers.XContentTypeOptions = "nosniff";
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await found.ResponseStream.CopyToAsync(context.Response.Body, context.RequestAborted);
            }
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            await WriteAsync(context, S3Error.NoSuchKey());
        }
    }

    private static Task WriteAsync(HttpContext context, S3Error error)
    {
        context.Response.StatusCode = error.Status;
        context.Response.ContentType = "application/xml";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(error.ToXml(context.TraceIdentifier), context.RequestAborted);
    }

    private static Func<string, string?> Header(HttpContext context) => name =>
        string.Equals(name, "host", StringComparison.Ordinal) ? context.Request.Host.Value
        : context.Request.Headers.TryGetValue(name, out var value) ? value.ToString() : null;

    // A browser's cross-origin PUT from the stack's own site under another loopback name (localhost vs 127.0.0.1).
    private static bool SameSite(HttpContext context) =>
        Uri.TryCreate(context.Request.Headers.Origin.ToString(), UriKind.Absolute, out var origin) && origin.IsLoopback
        && origin.Port == context.Connection.LocalPort;
}

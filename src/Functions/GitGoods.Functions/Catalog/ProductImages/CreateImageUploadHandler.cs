using System.Text.Json;
using GitGoods.Domain.Catalog.Images;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;
using GitGoods.Identity;

namespace GitGoods.Catalog.ProductImages;

/// <summary>
/// POST /api/seller/images: a pre-signed PUT for one JPEG, PNG or WebP of at most 2 MB. The server picks the key, under
/// the caller's own upload prefix; the signature covers the content type and the length, and expires in
/// <see cref="Lifetime"/>. The upload is only a candidate: it becomes a product image when a product names its
/// <c>imageUrl</c> (and is checked then); unattached uploads expire by the bucket's lifecycle rule.
/// </summary>
public sealed class CreateImageUploadHandler(IImageStore images, TimeProvider time) : IHttpHandler
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        var caller = Caller.From(request) ?? throw new InvalidOperationException("AccessGuard lets no anonymous caller reach this handler.");
        if (!TryRead(request, out var input, out var problem))
        {
            return Task.FromResult(problem);
        }

        var errors = Check(input);
        if (errors.Count > 0)
        {
            return Task.FromResult(HttpResults.Problem(request, 422, "Unprocessable Content",
                "The image cannot be uploaded: " + string.Join(" ", errors.Values.SelectMany(m => m)), errors));
        }

        var now = time.GetUtcNow();
        var imageId = Guid.CreateVersion7(now).ToString("N");
        var expires = now + Lifetime;
        var url = images.PresignPut(ImageKeys.Upload(caller.UserId, imageId), input.ContentType!, input.ContentLength!.Value, expires);
        var body = new ImageUploadResponse(url.AbsoluteUri, "PUT",
            new Dictionary<string, string>(StringComparer.Ordinal) { ["Content-Type"] = input.ContentType! },
            ImageKeys.PublicUrl(imageId), expires);
        return Task.FromResult(HttpResults.Json(request, 201, body, FunctionsJsonContext.Default.ImageUploadResponse,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["cache-control"] = "private, no-store" }));
    }

    /// <summary>Errors by field, each naming the allowed values; empty when the upload may go ahead.</summary>
    public static IReadOnlyDictionary<string, string[]> Check(ImageUploadInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!ImageFormats.IsAllowed(input.ContentType))
        {
            errors["contentType"] = [$"Must be one of {string.Join(", ", ImageFormats.Allowed)}."];
        }

        if (input.ContentLength is not (>= 1 and <= ImageFormats.MaxBytes))
        {
            errors["contentLength"] = [$"Must be 1–{ImageFormats.MaxBytes} bytes (2 MB)."];
        }

        return errors;
    }

    private static bool TryRead(ApiGatewayHttpRequest request, out ImageUploadInput input, out ApiGatewayHttpResponse problem)
    {
        input = new ImageUploadInput(null, null);
        if (!RequestBody.TryRead(request, out var bytes, out var bodyProblem))
        {
            problem = bodyProblem;
            return false;
        }

        problem = HttpResults.BadRequest(request, "The body must be a JSON object: {\"contentType\": string, \"contentLength\": integer}.",
            FieldErrors.One("body", "Malformed JSON or a field of the wrong type."));
        try
        {
            var read = JsonSerializer.Deserialize(bytes, FunctionsJsonContext.Default.ImageUploadInput);
            if (read is null)
            {
                return false;
            }

            input = read;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

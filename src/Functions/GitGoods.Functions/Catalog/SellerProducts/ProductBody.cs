using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using GitGoods.Hosting.Http;
using GitGoods.Http;

namespace GitGoods.Catalog.SellerProducts;

/// <summary>Reads a product body: over 64 KiB is a 413, malformed JSON or a wrong type a 400, each a problem.</summary>
public static class ProductBody
{
    public static bool TryRead(ApiGatewayHttpRequest request, [NotNullWhen(true)] out ProductInput? input,
        [NotNullWhen(false)] out ApiGatewayHttpResponse? problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        input = null;
        if (!RequestBody.TryRead(request, out var bytes, out problem))
        {
            return false;
        }

        try
        {
            input = JsonSerializer.Deserialize(bytes, FunctionsJsonContext.Default.ProductInput);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || string.Equals(e.Path, "$", StringComparison.Ordinal) ? "body" : e.Path.TrimStart('$', '.');
            problem = HttpResults.BadRequest(request, "The body is not a valid product: malformed JSON or a field of the wrong type.",
                FieldErrors.One(field, "Malformed JSON or the wrong type."));
            return false;
        }

        problem = input is null ? HttpResults.BadRequest(request, "The body must be a JSON object.", FieldErrors.One("body", "Must be a JSON object.")) : null;
        return input is not null;
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Text;
using GitGoods.Hosting.Http;

namespace GitGoods.Http;

/// <summary>
/// The raw body of a write request, as every write endpoint reads it: API Gateway base64-encodes bodies it does not
/// treat as text, and the contract caps bodies at 64 KiB (413 above that, as problem details).
/// </summary>
public static class RequestBody
{
    public const int MaxBytes = 64 * 1024;

    public static bool TryRead(ApiGatewayHttpRequest request, [NotNullWhen(true)] out byte[]? bytes,
        [NotNullWhen(false)] out ApiGatewayHttpResponse? problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            bytes = request.IsBase64Encoded ? Convert.FromBase64String(request.Body ?? "") : Encoding.UTF8.GetBytes(request.Body ?? "");
        }
        catch (FormatException)
        {
            bytes = null;
            problem = HttpResults.BadRequest(request, "The body is not valid base64.");
            return false;
        }

        if (bytes.Length > MaxBytes)
        {
            problem = HttpResults.Problem(request, 413, "Content Too Large", $"The body is {bytes.Length} bytes; the limit is {MaxBytes} (64 KiB).");
            bytes = null;
            return false;
        }

        problem = null;
        return true;
    }
}

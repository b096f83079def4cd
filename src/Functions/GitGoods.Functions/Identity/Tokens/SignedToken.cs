using System.Buffers.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GitGoods.Identity.Tokens;

/// <summary>
/// A compact JWS as <see cref="JsonWebToken"/> reads it, once its header and payload have passed a stricter look than
/// the library's: each must be one JSON object with no repeated name (a repeated <c>alg</c> or claim is refused, so
/// no two readers can disagree on which value counts). <see cref="Read"/> never throws on hostile input.
/// </summary>
public sealed record SignedToken(JsonWebToken Token, string? Algorithm, string? KeyId, JsonElement Claims)
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 32 };

    /// <summary>The token, or null when it is not three base64url parts of JSON objects the library can read.</summary>
    public static SignedToken? Read(string? token)
    {
        var parts = (token ?? "").Split('.');
        if (parts.Length != 3 || StrictObject(parts[0]) is not { } header || StrictObject(parts[1]) is not { } claims)
        {
            return null;
        }

        try
        {
            return new SignedToken(new JsonWebToken(token!), Text(header, JwtHeaderParameterNames.Alg), Text(header, JwtHeaderParameterNames.Kid), claims);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenException or JsonException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    private static JsonElement? StrictObject(string part)
    {
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(part), Strict);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

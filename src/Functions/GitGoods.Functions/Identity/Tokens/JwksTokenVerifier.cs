using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GitGoods.Identity.Tokens;

/// <summary>
/// Checks a Cognito token as API Gateway's JWT authorizer does: RS256 signature by a key of the issuer's JWKS,
/// <c>iss</c>, <c>token_use</c> of <c>id</c> (then <c>aud</c> = client id) or <c>access</c> (then
/// <c>client_id</c> = client id), <c>exp</c> after now, and <c>nbf</c>/<c>iat</c> (when present) not after now. Plain RSA and JsonDocument: AOT-safe, no reflection.
/// </summary>
public sealed class JwksTokenVerifier(JwksKeys keys, Func<string> issuer, string clientId, TimeProvider time) : ITokenVerifier
{
    public async Task<IDictionary<string, string>?> VerifyAsync(string token, CancellationToken cancellationToken)
    {
        var parts = (token ?? "").Split('.');
        if (parts.Length != 3 || Decode(parts[0]) is not { } headerBytes || Decode(parts[1]) is not { } payload || Decode(parts[2]) is not { } signature)
        {
            return null;
        }

        using var header = Parse(headerBytes);
        if (header is null || header.RootElement.ValueKind != JsonValueKind.Object || !string.Equals(Text(header.RootElement, "alg"), "RS256", StringComparison.Ordinal) || Text(header.RootElement, "kid") is not { } kid
            || await keys.FindAsync(kid, cancellationToken).ConfigureAwait(false) is not { } key)
        {
            return null;
        }

        using (var rsa = RSA.Create(key))
        {
            if (!rsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return null;
            }
        }

        using var claims = Parse(payload);
        return claims is not null && IsValid(claims.RootElement) ? TokenClaims.Format(claims.RootElement) : null;
    }

    private bool IsValid(JsonElement claims)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        if (claims.ValueKind != JsonValueKind.Object || !string.Equals(Text(claims, "iss"), issuer(), StringComparison.Ordinal)
            || Seconds(claims, "exp") is not { } expires || expires <= now
            || NotYet(claims, "nbf", now) || NotYet(claims, "iat", now))
        {
            return false;
        }

        return Text(claims, "token_use") switch
        {
            "id" => string.Equals(Text(claims, "aud"), clientId, StringComparison.Ordinal),
            "access" => string.Equals(Text(claims, "client_id"), clientId, StringComparison.Ordinal),
            _ => false,
        };
    }

    private static long? Seconds(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds) ? seconds : null;

    /// <summary><c>nbf</c> and <c>iat</c>, when present, must not be after now (no skew allowance, as the authorizer).</summary>
    private static bool NotYet(JsonElement claims, string name, long now) =>
        claims.TryGetProperty(name, out _) && !(Seconds(claims, name) <= now);

    private static JsonDocument? Parse(byte[] bytes)
    {
        try
        {
            return JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[]? Decode(string part)
    {
        try
        {
            return part.Length == 0 ? null : Base64Url.DecodeFromChars(part);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

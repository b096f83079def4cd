using System.Text.Json;
using System.Text.Json.Nodes;
using GitGoods.Identity.Tokens;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GitGoods.LocalEnvironment.Identity.Tokens;

/// <summary>Compact-serialized RS256 JSON Web Tokens through Microsoft.IdentityModel's <see cref="JsonWebTokenHandler"/>.</summary>
public static class Jwt
{
    // The claims are written as given: no exp, iat or nbf of the library's own (tests mint tokens without them).
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>Signs <paramref name="payload"/> with <paramref name="key"/>: header <c>{"alg":"RS256","kid","typ":"JWT"}</c>.</summary>
    public static string Encode(JsonObject payload, SigningKey key)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(key);
        using var document = JsonDocument.Parse(payload.ToJsonString());
        var claims = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var claim in document.RootElement.EnumerateObject())
        {
            claims[claim.Name] = claim.Value.Clone();
        }

        return Handler.CreateToken(new SecurityTokenDescriptor { Claims = claims, SigningCredentials = key.Credentials });
    }

    /// <summary>
    /// The verified payload, or null when the token is malformed, not RS256, names another key, or its signature
    /// does not verify. The claims (issuer, expiry, audience) are the caller's to check.
    /// </summary>
    public static JsonObject? DecodeVerified(string token, SigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Read(token, key) is { } signed && CognitoTokenRules.SignatureVerifiesAsync(signed, key.SecurityKey).GetAwaiter().GetResult()
            ? JsonObject.Create(signed.Claims)
            : null;
    }

    /// <summary>A string claim, or null when absent or not a string.</summary>
    public static string? Text(JsonObject claims, string name)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return claims[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }

    /// <summary>A NumericDate claim (seconds since the epoch), or null when absent or not a number.</summary>
    public static long? Seconds(JsonObject claims, string name)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return claims[name] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<long>(out var seconds)
            ? seconds
            : null;
    }

    /// <summary>The token when it is well-formed, RS256 and names <paramref name="key"/>; its signature is not checked yet.</summary>
    internal static SignedToken? Read(string? token, SigningKey key) =>
        SignedToken.Read(token) is { } signed
            && string.Equals(signed.Algorithm, CognitoTokenRules.Algorithm, StringComparison.Ordinal)
            && string.Equals(signed.KeyId, key.KeyId, StringComparison.Ordinal)
            ? signed
            : null;
}

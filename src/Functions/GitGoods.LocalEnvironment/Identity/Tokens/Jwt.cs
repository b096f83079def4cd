using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GitGoods.LocalEnvironment.Identity.Tokens;

/// <summary>Compact-serialized RS256 JSON Web Tokens: just what Cognito's tokens need, nothing configurable.</summary>
public static class Jwt
{
    /// <summary>Signs <paramref name="payload"/> with <paramref name="key"/>; the header is Cognito's <c>{"kid","alg":"RS256"}</c>.</summary>
    public static string Encode(JsonObject payload, SigningKey key)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(key);
        var header = new JsonObject { ["kid"] = key.KeyId, ["alg"] = "RS256" };
        var signingInput = Part(header) + "." + Part(payload);
        return signingInput + "." + Base64Url.EncodeToString(key.Sign(Encoding.ASCII.GetBytes(signingInput)));
    }

    /// <summary>
    /// The verified payload, or null when the token is malformed, not RS256, names another key, or its signature
    /// does not verify. The claims (issuer, expiry, audience) are the caller's to check.
    /// </summary>
    public static JsonObject? DecodeVerified(string token, SigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = (token ?? "").Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
        {
            return null;
        }

        var header = ParseObject(parts[0]);
        if (header is null
            || !string.Equals(Text(header, "alg"), "RS256", StringComparison.Ordinal)
            || !string.Equals(Text(header, "kid"), key.KeyId, StringComparison.Ordinal))
        {
            return null;
        }

        var signature = TryDecode(parts[2]);
        if (signature is null || !key.Verify(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature))
        {
            return null;
        }

        return ParseObject(parts[1]);
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

    private static string Part(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));

    private static JsonObject? ParseObject(string part)
    {
        var bytes = TryDecode(part);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            var node = JsonNode.Parse(bytes) as JsonObject;
            // Materialises the properties now: a repeated name throws here, not at the first claim read (a 500).
            _ = node?.Count;
            return node;
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            return null;
        }
    }

    private static byte[]? TryDecode(string part)
    {
        try
        {
            return Base64Url.DecodeFromChars(part);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

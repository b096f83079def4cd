using System.Text.Json.Nodes;

namespace GitGoods.LocalStack.Identity.Tokens;

/// <summary>
/// Checks a token the way API Gateway's JWT authorizer checks a Cognito token: RS256 signature by the pool's key
/// (the JWKS), issuer, <c>token_use</c> of <c>id</c> or <c>access</c>, audience (<c>aud</c> for id tokens, the
/// <c>client_id</c> claim for access tokens), and time: <c>exp</c> must be after now, <c>nbf</c> and <c>iat</c>
/// (when present) not after now. There is no clock-skew allowance: issuer and gateway share one clock here.
/// </summary>
public sealed class TokenValidator(SigningKey key, Func<string> issuer, TimeProvider time)
{
    /// <summary>The verified claims of an id or access token, or null when any check fails.</summary>
    public JsonObject? Validate(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || Jwt.DecodeVerified(token, key) is not { } claims)
        {
            return null;
        }

        if (!string.Equals(Jwt.Text(claims, "iss"), issuer(), StringComparison.Ordinal) || !IsCurrent(claims))
        {
            return null;
        }

        return Jwt.Text(claims, "token_use") switch
        {
            "id" when string.Equals(Jwt.Text(claims, "aud"), UserPool.ClientId, StringComparison.Ordinal) => claims,
            "access" when string.Equals(Jwt.Text(claims, "client_id"), UserPool.ClientId, StringComparison.Ordinal) => claims,
            _ => null,
        };
    }

    /// <summary>The verified claims of an access token (what Cognito's GetUser accepts), or null.</summary>
    public JsonObject? ValidateAccessToken(string? token) =>
        Validate(token) is { } claims && string.Equals(Jwt.Text(claims, "token_use"), "access", StringComparison.Ordinal) ? claims : null;

    private bool IsCurrent(JsonObject claims)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var expires = Jwt.Seconds(claims, "exp");
        if (expires is null || expires <= now)
        {
            return false;
        }

        if (claims.ContainsKey("nbf") && !(Jwt.Seconds(claims, "nbf") <= now))
        {
            return false;
        }

        return !claims.ContainsKey("iat") || Jwt.Seconds(claims, "iat") <= now;
    }
}

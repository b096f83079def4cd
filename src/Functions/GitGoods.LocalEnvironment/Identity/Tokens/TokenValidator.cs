using System.Text.Json.Nodes;

namespace GitGoods.LocalEnvironment.Identity.Tokens;

/// <summary>
/// Checks a token the way API Gateway's JWT authorizer checks a Cognito token: RS256 signature by the pool's key
/// (the JWKS), issuer, <c>token_use</c> of <c>id</c> or <c>access</c>, audience (<c>aud</c> for id tokens, the
/// <c>client_id</c> claim for access tokens), and time: <c>exp</c> must be after now, <c>nbf</c> and <c>iat</c>
/// (when present) not after now. There is no clock-skew allowance: issuer and gateway share one clock here.
/// </summary>
public sealed class TokenValidator(SigningKey key, Func<string> issuer, TimeProvider time)
{
    /// <summary>The verified claims of an id or access token, or null when any check fails.</summary>
    public JsonObject? Validate(string? token) => Check(token).Claims;

    /// <summary>The verified claims, or why the token is refused (in the words API Gateway's www-authenticate uses).</summary>
    public TokenCheck Check(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || Jwt.DecodeVerified(token, key) is not { } claims)
        {
            return TokenCheck.Refused("the token is malformed or its signature is not valid");
        }

        if (!string.Equals(Jwt.Text(claims, "iss"), issuer(), StringComparison.Ordinal))
        {
            return TokenCheck.Refused("the token does not have a valid issuer");
        }

        if (Lifetime(claims) is { } expired)
        {
            return TokenCheck.Refused(expired);
        }

        return Jwt.Text(claims, "token_use") switch
        {
            "id" when string.Equals(Jwt.Text(claims, "aud"), UserPool.ClientId, StringComparison.Ordinal) => new TokenCheck(claims, null),
            "access" when string.Equals(Jwt.Text(claims, "client_id"), UserPool.ClientId, StringComparison.Ordinal) => new TokenCheck(claims, null),
            "id" or "access" => TokenCheck.Refused("the token does not have a valid audience"),
            _ => TokenCheck.Refused("the token does not have a valid token_use"),
        };
    }

    /// <summary>The verified claims of an access token (what Cognito's GetUser accepts), or null.</summary>
    public JsonObject? ValidateAccessToken(string? token) =>
        Validate(token) is { } claims && string.Equals(Jwt.Text(claims, "token_use"), "access", StringComparison.Ordinal) ? claims : null;

    private string? Lifetime(JsonObject claims)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var expires = Jwt.Seconds(claims, "exp");
        if (expires is null || expires <= now)
        {
            return "the token has expired";
        }

        if (claims.ContainsKey("nbf") && !(Jwt.Seconds(claims, "nbf") <= now))
        {
            return "the token is not valid yet";
        }

        return !claims.ContainsKey("iat") || Jwt.Seconds(claims, "iat") <= now ? null : "the token was issued in the future";
    }
}

/// <summary>The outcome of checking a token: its verified claims, or why it was refused.</summary>
public readonly record struct TokenCheck(JsonObject? Claims, string? Failure)
{
    public static TokenCheck Refused(string failure) => new(null, failure);
}

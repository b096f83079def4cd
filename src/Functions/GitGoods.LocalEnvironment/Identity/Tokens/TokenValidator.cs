using System.Text.Json.Nodes;
using GitGoods.Identity.Tokens;

namespace GitGoods.LocalEnvironment.Identity.Tokens;

/// <summary>
/// Checks a token the way API Gateway's JWT authorizer checks a Cognito token, by the functions' own
/// <see cref="CognitoTokenRules"/> (Microsoft.IdentityModel's <c>JsonWebTokenHandler</c>): RS256 signature by the
/// pool's key (the JWKS), issuer, <c>token_use</c> of <c>id</c> or <c>access</c>, audience (<c>aud</c> for id tokens,
/// the <c>client_id</c> claim for access tokens), and time: <c>exp</c> must be after now, <c>nbf</c> and <c>iat</c>
/// (when present) not after now. There is no clock-skew allowance: issuer and gateway share one clock here.
/// </summary>
public sealed class TokenValidator(SigningKey key, Func<string> issuer, TimeProvider time)
{
    private readonly CognitoTokenRules _rules = new(issuer, UserPool.ClientId, time);

    /// <summary>The verified claims of an id or access token, or null when any check fails.</summary>
    public JsonObject? Validate(string? token) => Check(token).Claims;

    /// <summary>The verified claims, or why the token is refused (in the words API Gateway's www-authenticate uses).</summary>
    public TokenCheck Check(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || Jwt.Read(token, key) is not { } signed)
        {
            return TokenCheck.Refused("the token is malformed or its signature is not valid");
        }

        // Completes synchronously: the key is at hand, nothing is fetched.
        var verdict = _rules.CheckAsync(signed, key.SecurityKey).GetAwaiter().GetResult();
        return verdict.Claims is { } claims ? new TokenCheck(JsonObject.Create(claims), null) : TokenCheck.Refused(verdict.Failure ?? "the token is not valid");
    }

    /// <summary>The verified claims of an access token (what Cognito's GetUser accepts), or null.</summary>
    public JsonObject? ValidateAccessToken(string? token) =>
        Validate(token) is { } claims && string.Equals(Jwt.Text(claims, "token_use"), "access", StringComparison.Ordinal) ? claims : null;
}

/// <summary>The outcome of checking a token: its verified claims, or why it was refused.</summary>
public readonly record struct TokenCheck(JsonObject? Claims, string? Failure)
{
    public static TokenCheck Refused(string failure) => new(null, failure);
}

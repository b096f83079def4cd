using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GitGoods.Identity.Tokens;

/// <summary>
/// A Cognito token checked as API Gateway's JWT authorizer checks it, by <see cref="JsonWebTokenHandler"/>: an RS256
/// signature by the given key (no other algorithm, no unsigned token, no key but the one named by <c>kid</c>),
/// <c>iss</c>, <c>exp</c> after now and <c>nbf</c> not after now (no clock skew: the authorizer allows none), then what
/// the library has no rule for: <c>iat</c> (when present) not after now, and <c>token_use</c> of <c>id</c> (then
/// <c>aud</c> = client id) or <c>access</c> (then <c>client_id</c> = client id).
/// </summary>
public sealed class CognitoTokenRules(Func<string> issuer, string clientId, TimeProvider time)
{
    /// <summary>The one algorithm Cognito signs with and the only one accepted.</summary>
    public const string Algorithm = SecurityAlgorithms.RsaSha256;

    private static readonly JsonWebTokenHandler Handler = new();

    /// <summary>The verified claims, or why the token is refused (in the words API Gateway's www-authenticate uses).</summary>
    public async Task<TokenVerdict> CheckAsync(SignedToken token, SecurityKey key)
    {
        ArgumentNullException.ThrowIfNull(token);
        var result = await Handler.ValidateTokenAsync(token.Token, Parameters(key, issuer(), Lifetime)).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return TokenVerdict.Refused(Reason(result.Exception));
        }

        var claims = token.Claims;
        if (NumericDates(claims) is { } refusal)
        {
            return TokenVerdict.Refused(refusal);
        }

        return Text(claims, "token_use") switch
        {
            "id" when string.Equals(Text(claims, JwtRegisteredClaimNames.Aud), clientId, StringComparison.Ordinal) => new TokenVerdict(claims, null),
            "access" when string.Equals(Text(claims, "client_id"), clientId, StringComparison.Ordinal) => new TokenVerdict(claims, null),
            "id" or "access" => TokenVerdict.Refused("the token does not have a valid audience"),
            _ => TokenVerdict.Refused("the token does not have a valid token_use"),
        };
    }

    /// <summary>Whether the signature alone verifies (RS256, by <paramref name="key"/>); the claims are the caller's to check.</summary>
    public static async Task<bool> SignatureVerifiesAsync(SignedToken token, SecurityKey key)
    {
        ArgumentNullException.ThrowIfNull(token);
        return (await Handler.ValidateTokenAsync(token.Token, Parameters(key, null, null)).ConfigureAwait(false)).IsValid;
    }

    private static TokenValidationParameters Parameters(SecurityKey key, string? validIssuer, LifetimeValidator? lifetime) => new()
    {
        IssuerSigningKey = key,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = [Algorithm],
        RequireSignedTokens = true,
        ValidIssuer = validIssuer,
        ValidateIssuer = validIssuer is not null,
        // Cognito's audience depends on token_use (an access token has no aud): checked after, in CheckAsync.
        ValidateAudience = false,
        ValidateLifetime = lifetime is not null,
        LifetimeValidator = lifetime,
        ClockSkew = TimeSpan.Zero,
    };

    /// <summary>The authorizer's rule, stricter than the library's default: a token expiring this second is expired.</summary>
    private bool Lifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = Now().UtcDateTime;
        if (expires is not { } until || until <= now)
        {
            throw new SecurityTokenExpiredException("the token has expired");
        }

        if (notBefore > now)
        {
            throw new SecurityTokenNotYetValidException("the token is not valid yet");
        }

        return true;
    }

    /// <summary>
    /// A NumericDate is a JSON number (RFC 7519; the library also reads <c>"1772370000"</c>), and <c>iat</c>, which the
    /// library does not check, must not be after now.
    /// </summary>
    private string? NumericDates(JsonElement claims)
    {
        if (Seconds(claims, JwtRegisteredClaimNames.Exp) is null)
        {
            return "the token has expired";
        }

        if (claims.TryGetProperty(JwtRegisteredClaimNames.Nbf, out _) && Seconds(claims, JwtRegisteredClaimNames.Nbf) is null)
        {
            return "the token is not valid yet";
        }

        return claims.TryGetProperty(JwtRegisteredClaimNames.Iat, out _) && !(Seconds(claims, JwtRegisteredClaimNames.Iat) <= Now().ToUnixTimeSeconds())
            ? "the token was issued in the future"
            : null;
    }

    /// <summary>Now to the second: NumericDate claims are whole seconds.</summary>
    private DateTimeOffset Now() => DateTimeOffset.FromUnixTimeSeconds(time.GetUtcNow().ToUnixTimeSeconds());

    private static string Reason(Exception? refusal) => refusal switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenInvalidIssuerException => "the token does not have a valid issuer",
        _ => "the token is malformed or its signature is not valid",
    };

    private static long? Seconds(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds) ? seconds : null;

    private static string? Text(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>The outcome of checking a token: its verified claims, or why it was refused.</summary>
public readonly record struct TokenVerdict(JsonElement? Claims, string? Failure)
{
    public static TokenVerdict Refused(string failure) => new(null, failure);
}

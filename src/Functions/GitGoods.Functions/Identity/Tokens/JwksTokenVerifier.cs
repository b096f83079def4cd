namespace GitGoods.Identity.Tokens;

/// <summary>
/// Checks a Cognito token as API Gateway's JWT authorizer does (<see cref="CognitoTokenRules"/>, on
/// Microsoft.IdentityModel's <c>JsonWebTokenHandler</c>) against the key its <c>kid</c> names in the issuer's JWKS.
/// The JWKS is asked only for an RS256 token's key, so a forged header cannot make it fetch.
/// </summary>
public sealed class JwksTokenVerifier(JwksKeys keys, Func<string> issuer, string clientId, TimeProvider time) : ITokenVerifier
{
    private readonly CognitoTokenRules _rules = new(issuer, clientId, time);

    public async Task<IDictionary<string, string>?> VerifyAsync(string token, CancellationToken cancellationToken)
    {
        if (SignedToken.Read(token) is not { } signed
            || !string.Equals(signed.Algorithm, CognitoTokenRules.Algorithm, StringComparison.Ordinal)
            || signed.KeyId is not { Length: > 0 } kid
            || await keys.FindAsync(kid, cancellationToken).ConfigureAwait(false) is not { } key)
        {
            return null;
        }

        var verdict = await _rules.CheckAsync(signed, key).ConfigureAwait(false);
        return verdict.Claims is { } claims ? TokenClaims.Format(claims) : null;
    }
}

using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Identity.Tokens;
using GitGoods.LocalEnvironment.Identity.Users;

namespace GitGoods.LocalEnvironment.Identity.Cognito;

/// <summary>
/// GlobalSignOut and RevokeToken, as Cognito answers them. Revocation is checked by this endpoint (GetUser,
/// ChangePassword, UpdateUserAttributes, REFRESH_TOKEN_AUTH); the API gateway's JWT authorizer, like API Gateway's,
/// does not check it, so an access token stays valid on the API until it expires (an hour).
/// </summary>
public sealed class SessionActions(UserStore users, SignedInUser signedIn, TimeProvider time)
{
    /// <summary>Revokes every refresh token of the user and every access token issued until now.</summary>
    public async Task<JsonObject> GlobalSignOutAsync(CognitoRequest request, CancellationToken cancellationToken)
    {
        var user = await signedIn.RequireAsync(request, cancellationToken);
        var now = time.GetUtcNow();
        await users.WriteAsync(all => all[user.Username] = Sessions.RevokeAll(all[user.Username], now), cancellationToken);
        return [];
    }

    /// <summary>Revokes one refresh token and the access tokens it minted; an unknown token is answered the same.</summary>
    public async Task<JsonObject> RevokeTokenAsync(CognitoRequest request, CancellationToken cancellationToken)
    {
        var token = request.Required("Token");
        var client = request.Required("ClientId");
        if (!string.Equals(client, UserPool.ClientId, StringComparison.Ordinal))
        {
            throw new CognitoException("UnauthorizedException", "Invalid client id.");
        }

        // Our refresh tokens are opaque; an id or access token (even an expired one) is a signed JWT in three parts.
        if (token.Split('.').Length == 3)
        {
            throw new CognitoException("UnsupportedTokenTypeException", "Only refresh tokens can be revoked.");
        }

        var hash = TokenIssuer.HashRefreshToken(token);
        var now = time.GetUtcNow();
        await users.WriteAsync(all =>
        {
            var owner = all.Values.FirstOrDefault(u => u.RefreshTokens.Any(t => string.Equals(t.Hash, hash, StringComparison.Ordinal)));
            return owner is null ? null : all[owner.Username] = Sessions.Revoke(owner, hash, now);
        }, cancellationToken);
        return [];
    }
}

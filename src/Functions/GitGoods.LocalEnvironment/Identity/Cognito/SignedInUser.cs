using GitGoods.LocalEnvironment.Identity.Tokens;
using GitGoods.LocalEnvironment.Identity.Users;

namespace GitGoods.LocalEnvironment.Identity.Cognito;

/// <summary>
/// The user behind the <c>AccessToken</c> of a request, as Cognito's user APIs (GetUser, ChangePassword,
/// UpdateUserAttributes, GlobalSignOut) find it: signature, issuer, client and expiry checked, then revocation.
/// </summary>
public sealed class SignedInUser(UserStore users, TokenValidator tokens)
{
    /// <exception cref="CognitoException">NotAuthorizedException for a bad, expired or revoked token.</exception>
    public async Task<StoredUser> RequireAsync(CognitoRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var claims = tokens.ValidateAccessToken(request.Required("AccessToken"))
            ?? throw CognitoException.NotAuthorized("Invalid Access Token");
        var sub = Jwt.Text(claims, "sub");
        var user = await users.ReadAsync(all => all.Values.FirstOrDefault(u => string.Equals(u.Sub, sub, StringComparison.Ordinal)), cancellationToken)
            ?? throw CognitoException.NotAuthorized("User does not exist.");
        if (Sessions.IsRevoked(user, Jwt.Text(claims, "jti"), Jwt.Seconds(claims, "iat")))
        {
            throw CognitoException.NotAuthorized("Access Token has been revoked");
        }

        return user;
    }
}

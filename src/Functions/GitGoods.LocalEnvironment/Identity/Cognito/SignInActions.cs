using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Identity.Tokens;
using GitGoods.LocalEnvironment.Identity.Users;

namespace GitGoods.LocalEnvironment.Identity.Cognito;

/// <summary>
/// InitiateAuth with <c>USER_PASSWORD_AUTH</c> and <c>REFRESH_TOKEN_AUTH</c>. As Cognito (with user-existence
/// errors prevented), an unknown user and a wrong password get the same NotAuthorizedException, in the same time.
/// Each access token is recorded with the refresh token it came from, so revoking that session revokes it too.
/// </summary>
public sealed class SignInActions(UserStore users, TokenIssuer issuer, TokenValidator tokens, TimeProvider time)
{
    public Task<JsonObject> InitiateAuthAsync(CognitoRequest request, CancellationToken cancellationToken)
    {
        request.RequireClient();
        var parameters = request.Map("AuthParameters");
        return request.Required("AuthFlow") switch
        {
            "USER_PASSWORD_AUTH" => PasswordAsync(parameters, cancellationToken),
            "REFRESH_TOKEN_AUTH" or "REFRESH_TOKEN" => RefreshAsync(parameters, cancellationToken),
            var flow => throw CognitoException.InvalidParameter($"Auth flow {flow} is not supported by the local user pool."),
        };
    }

    private async Task<JsonObject> PasswordAsync(IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        var username = parameters.GetValueOrDefault("USERNAME") ?? throw CognitoException.InvalidParameter("Missing required parameter USERNAME");
        var password = parameters.GetValueOrDefault("PASSWORD") ?? throw CognitoException.InvalidParameter("Missing required parameter PASSWORD");
        var user = await users.FindAsync(username, cancellationToken);
        if (!PasswordHasher.Verify(password, user?.PasswordHash) || user is null)
        {
            throw CognitoException.NotAuthorized();
        }

        if (!user.Confirmed)
        {
            throw new CognitoException("UserNotConfirmedException", "User is not confirmed.");
        }

        var authTime = time.GetUtcNow();
        var (refreshToken, stored) = issuer.NewRefreshToken(authTime);
        var now = time.GetUtcNow();
        user = await users.WriteAsync(all =>
        {
            var current = all[user.Username];
            all[user.Username] = current with { RefreshTokens = [.. current.RefreshTokens.Where(t => t.ExpiresAt > now), stored] };
            return all[user.Username];
        }, cancellationToken);
        return await ResultAsync(user, stored.Hash, authTime, refreshToken, cancellationToken);
    }

    private async Task<JsonObject> RefreshAsync(IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        var token = parameters.GetValueOrDefault("REFRESH_TOKEN") ?? throw CognitoException.InvalidParameter("Missing required parameter REFRESH_TOKEN");
        var hash = TokenIssuer.HashRefreshToken(token);
        var now = time.GetUtcNow();
        var found = await users.ReadAsync(all => all.Values
            .Select(u => (User: u, Token: u.RefreshTokens.FirstOrDefault(t => string.Equals(t.Hash, hash, StringComparison.Ordinal))))
            .FirstOrDefault(f => f.Token is not null), cancellationToken);
        if (found.User is null || found.Token is null || found.Token.ExpiresAt <= now)
        {
            var revoked = await users.ReadAsync(all => all.Values.Any(u => u.RevokedRefreshTokens.Any(t => string.Equals(t.Hash, hash, StringComparison.Ordinal))),
                cancellationToken);
            throw CognitoException.NotAuthorized(revoked ? "Refresh Token has been revoked" : "Invalid Refresh Token");
        }

        return await ResultAsync(found.User, hash, found.Token.AuthTime, refreshToken: null, cancellationToken);
    }

    // Cognito sends no new refresh token on REFRESH_TOKEN_AUTH (without rotation).
    private async Task<JsonObject> ResultAsync(StoredUser user, string refreshHash, DateTimeOffset authTime, string? refreshToken,
        CancellationToken cancellationToken)
    {
        var (idToken, accessToken) = issuer.Issue(user, authTime, refreshHash);
        await RecordAsync(user.Username, refreshHash, accessToken, cancellationToken);
        var result = new JsonObject
        {
            ["AccessToken"] = accessToken,
            ["ExpiresIn"] = (int)UserPool.TokenLifetime.TotalSeconds,
            ["IdToken"] = idToken,
            ["TokenType"] = "Bearer",
        };
        if (refreshToken is not null)
        {
            result["RefreshToken"] = refreshToken;
        }

        return new JsonObject { ["AuthenticationResult"] = result, ["ChallengeParameters"] = new JsonObject() };
    }

    private async Task RecordAsync(string username, string refreshHash, string accessToken, CancellationToken cancellationToken)
    {
        var claims = tokens.ValidateAccessToken(accessToken);
        if (claims is null || Jwt.Text(claims, "jti") is not { } id || Jwt.Seconds(claims, "exp") is not { } exp)
        {
            return;
        }

        var now = time.GetUtcNow();
        var issued = new IssuedToken(id, DateTimeOffset.FromUnixTimeSeconds(exp));
        await users.WriteAsync(all => all[username] = Sessions.AddAccessToken(all[username], refreshHash, issued, now), cancellationToken);
    }
}

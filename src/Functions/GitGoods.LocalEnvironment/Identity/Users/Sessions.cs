namespace GitGoods.LocalEnvironment.Identity.Users;

/// <summary>
/// A user's sessions as Cognito keeps them: each refresh token knows the access tokens it minted, so RevokeToken
/// revokes those with it, and GlobalSignOut (or a password reset) revokes every refresh token and every access token
/// issued until then. Revoked entries are kept only until they would have expired anyway.
/// </summary>
public static class Sessions
{
    /// <summary>
    /// Records an access token minted from the refresh token <paramref name="refreshHash"/>; when that session was
    /// revoked while the token was being minted, the token is revoked at once.
    /// </summary>
    public static StoredUser AddAccessToken(StoredUser user, string refreshHash, IssuedToken accessToken, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.RefreshTokens.Any(t => string.Equals(t.Hash, refreshHash, StringComparison.Ordinal)))
        {
            return Pruned(user with { RevokedAccessTokens = [.. user.RevokedAccessTokens, accessToken] }, now);
        }

        return user with
        {
            RefreshTokens = [.. user.RefreshTokens.Where(t => t.ExpiresAt > now).Select(t => string.Equals(t.Hash, refreshHash, StringComparison.Ordinal)
                ? t with { AccessTokens = [.. t.AccessTokens.Where(a => a.ExpiresAt > now), accessToken] }
                : t)],
        };
    }

    /// <summary>Revokes one refresh token (by hash) and the access tokens it minted; unknown hashes change nothing.</summary>
    public static StoredUser Revoke(StoredUser user, string refreshHash, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        var revoked = user.RefreshTokens.Where(t => string.Equals(t.Hash, refreshHash, StringComparison.Ordinal)).ToList();
        return Pruned(user with
        {
            RefreshTokens = [.. user.RefreshTokens.Except(revoked)],
            RevokedRefreshTokens = [.. user.RevokedRefreshTokens, .. revoked],
            RevokedAccessTokens = [.. user.RevokedAccessTokens, .. revoked.SelectMany(t => t.AccessTokens)],
        }, now);
    }

    /// <summary>Ends every session: all refresh tokens and every access token issued up to <paramref name="now"/>.</summary>
    public static StoredUser RevokeAll(StoredUser user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Pruned(user with
        {
            SignedOutAt = now,
            RefreshTokens = [],
            RevokedRefreshTokens = [.. user.RevokedRefreshTokens, .. user.RefreshTokens],
            RevokedAccessTokens = [.. user.RevokedAccessTokens, .. user.RefreshTokens.SelectMany(t => t.AccessTokens)],
        }, now);
    }

    /// <summary>
    /// True when the access token <paramref name="tokenId"/> issued at <paramref name="issuedAt"/> (seconds) was revoked:
    /// by its id, or because it was issued in a second before the last sign-out everywhere (a token issued in that
    /// same second is refused by id, so a sign-in right after a sign-out keeps working).
    /// </summary>
    public static bool IsRevoked(StoredUser user, string? tokenId, long? issuedAt)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.SignedOutAt is { } signedOut && (issuedAt is null || issuedAt < signedOut.ToUnixTimeSeconds()))
        {
            return true;
        }

        return tokenId is not null && user.RevokedAccessTokens.Any(t => string.Equals(t.Id, tokenId, StringComparison.Ordinal));
    }

    private static StoredUser Pruned(StoredUser user, DateTimeOffset now) => user with
    {
        RevokedRefreshTokens = [.. user.RevokedRefreshTokens.Where(t => t.ExpiresAt > now)],
        RevokedAccessTokens = [.. user.RevokedAccessTokens.Where(t => t.ExpiresAt > now).DistinctBy(t => t.Id, StringComparer.Ordinal)],
    };
}

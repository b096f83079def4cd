namespace GitGoods.LocalEnvironment.Identity.Users;

/// <summary>
/// One user of the local pool, as kept in <c>identity/users.json</c>. The password is only ever stored as a
/// PBKDF2 hash and refresh tokens only as SHA-256 hashes.
/// </summary>
public sealed record StoredUser
{
    /// <summary>The user's immutable id, a UUID as Cognito's <c>sub</c>.</summary>
    public required string Sub { get; init; }

    /// <summary>The sign-in name: the e-mail address, lower-cased.</summary>
    public required string Username { get; init; }

    public required string Email { get; init; }

    public string? Name { get; init; }

    public string? PhoneNumber { get; init; }

    public string? Address { get; init; }

    public required string PasswordHash { get; init; }

    public bool Confirmed { get; init; }

    public IReadOnlyList<string> Groups { get; init; } = [];

    public IReadOnlyList<StoredRefreshToken> RefreshTokens { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The last GlobalSignOut (or password reset): access tokens issued in an earlier second are refused.</summary>
    public DateTimeOffset? SignedOutAt { get; init; }

    /// <summary>Refresh tokens revoked by RevokeToken, GlobalSignOut or a password reset, until they would have expired.</summary>
    public IReadOnlyList<StoredRefreshToken> RevokedRefreshTokens { get; init; } = [];

    /// <summary>Access tokens (by <c>jti</c>) revoked with their refresh token, until they would have expired.</summary>
    public IReadOnlyList<IssuedToken> RevokedAccessTokens { get; init; } = [];

    /// <summary>The pending ForgotPassword code, if any.</summary>
    public PasswordReset? PasswordReset { get; init; }

    /// <summary>Wrong previous passwords given to ChangePassword in a row, and when the last one was.</summary>
    public int FailedPasswordChanges { get; init; }

    public DateTimeOffset? LastFailedPasswordChange { get; init; }
}

/// <summary>
/// A refresh token by its SHA-256 hash, with the sign-in it continues (for <c>auth_time</c>) and the access tokens it
/// minted (as Cognito's <c>origin_jti</c> links them), so revoking it revokes them.
/// </summary>
public sealed record StoredRefreshToken(string Hash, DateTimeOffset AuthTime, DateTimeOffset ExpiresAt)
{
    public IReadOnlyList<IssuedToken> AccessTokens { get; init; } = [];
}

/// <summary>An access token by its <c>jti</c>, and when it expires.</summary>
public sealed record IssuedToken(string Id, DateTimeOffset ExpiresAt);

/// <summary>A ForgotPassword code by its SHA-256 hash (with the user's sub), its expiry and the wrong attempts so far.</summary>
public sealed record PasswordReset(string CodeHash, DateTimeOffset ExpiresAt, int FailedAttempts);

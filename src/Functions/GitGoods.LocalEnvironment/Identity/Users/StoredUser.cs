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
}

/// <summary>A refresh token by its SHA-256 hash, with the sign-in it continues (for <c>auth_time</c>).</summary>
public sealed record StoredRefreshToken(string Hash, DateTimeOffset AuthTime, DateTimeOffset ExpiresAt);

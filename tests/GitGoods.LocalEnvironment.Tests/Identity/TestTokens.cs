using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Gateway;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.LocalEnvironment.Identity.Tokens;

namespace GitGoods.LocalEnvironment.Tests.Identity;

/// <summary>Mints tokens shaped like the local pool's, with any claim bent, for tests of the authorizer.</summary>
internal static class TestTokens
{
    public const string Issuer = "http://127.0.0.1:5080/cognito/" + UserPool.Id;

    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The key the test authorizer trusts.</summary>
    public static SigningKey Key { get; } = SigningKey.CreateEphemeral();

    public static JwtAuthorizer Authorizer(TimeProvider? time = null) =>
        new(new TokenValidator(Key, () => Issuer, time ?? new FixedTime(Now)));

    /// <summary>An id token's claims (valid at <see cref="Now"/>) for a seller and admin.</summary>
    public static JsonObject IdClaims(DateTimeOffset? now = null, string issuer = Issuer)
    {
        var at = (now ?? Now).ToUnixTimeSeconds();
        return new JsonObject
        {
            ["sub"] = "11111111-2222-4333-8444-555555555555",
            ["email_verified"] = true,
            ["iss"] = issuer,
            ["cognito:username"] = "someone@example.test",
            ["aud"] = UserPool.ClientId,
            ["token_use"] = "id",
            ["auth_time"] = at,
            ["email"] = "someone@example.test",
            ["address"] = new JsonObject { ["formatted"] = "1 Main St" },
            ["cognito:groups"] = new JsonArray("sellers", "admins"),
            ["iat"] = at,
            ["exp"] = at + 3600,
        };
    }

    /// <summary>An access token's claims (valid at <see cref="Now"/>).</summary>
    public static JsonObject AccessClaims(DateTimeOffset? now = null, string issuer = Issuer)
    {
        var at = (now ?? Now).ToUnixTimeSeconds();
        return new JsonObject
        {
            ["sub"] = "11111111-2222-4333-8444-555555555555",
            ["iss"] = issuer,
            ["client_id"] = UserPool.ClientId,
            ["token_use"] = "access",
            ["scope"] = UserPool.Scope,
            ["auth_time"] = at,
            ["iat"] = at,
            ["exp"] = at + 3600,
            ["jti"] = Guid.NewGuid().ToString(),
            ["username"] = "someone@example.test",
        };
    }

    public static string Sign(JsonObject claims, SigningKey? key = null) => Jwt.Encode(claims, key ?? Key);

    public static JsonObject With(this JsonObject claims, string name, JsonNode? value)
    {
        claims[name] = value;
        return claims;
    }

    public static JsonObject Without(this JsonObject claims, string name)
    {
        claims.Remove(name);
        return claims;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

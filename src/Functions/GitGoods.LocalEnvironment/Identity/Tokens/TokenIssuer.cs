using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Identity.Users;

namespace GitGoods.LocalEnvironment.Identity.Tokens;

/// <summary>Mints Cognito-shaped id, access and refresh tokens for a user of the local pool.</summary>
public sealed class TokenIssuer(SigningKey key, Func<string> issuer, TimeProvider time)
{
    /// <summary>Signed id and access tokens for <paramref name="user"/>, who signed in at <paramref name="authTime"/>.</summary>
    public (string IdToken, string AccessToken) Issue(StoredUser user, DateTimeOffset authTime)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = time.GetUtcNow();
        var iat = now.ToUnixTimeSeconds();
        var exp = now.Add(UserPool.TokenLifetime).ToUnixTimeSeconds();
        var id = new JsonObject
        {
            ["sub"] = user.Sub,
            ["email_verified"] = true,
            ["iss"] = issuer(),
            ["cognito:username"] = user.Username,
            ["aud"] = UserPool.ClientId,
            ["token_use"] = "id",
            ["auth_time"] = authTime.ToUnixTimeSeconds(),
            ["email"] = user.Email,
        };
        AddIfPresent(id, "name", user.Name);
        AddIfPresent(id, "phone_number", user.PhoneNumber);
        if (user.Address is not null)
        {
            id["address"] = new JsonObject { ["formatted"] = user.Address };
        }

        AddGroups(id, user);
        id["iat"] = iat;
        id["exp"] = exp;
        id["jti"] = Guid.NewGuid().ToString();

        var access = new JsonObject { ["sub"] = user.Sub };
        AddGroups(access, user);
        access["iss"] = issuer();
        access["client_id"] = UserPool.ClientId;
        access["token_use"] = "access";
        access["scope"] = UserPool.Scope;
        access["auth_time"] = authTime.ToUnixTimeSeconds();
        access["iat"] = iat;
        access["exp"] = exp;
        access["jti"] = Guid.NewGuid().ToString();
        access["username"] = user.Username;
        return (Jwt.Encode(id, key), Jwt.Encode(access, key));
    }

    /// <summary>A new opaque refresh token (256 random bits) and the record to store: only its hash.</summary>
    public (string Token, StoredRefreshToken Stored) NewRefreshToken(DateTimeOffset authTime)
    {
        var token = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (token, new StoredRefreshToken(HashRefreshToken(token), authTime, time.GetUtcNow().Add(UserPool.RefreshTokenLifetime)));
    }

    /// <summary>A refresh token has 256 bits of entropy, so one SHA-256 is enough to store it safely.</summary>
    public static string HashRefreshToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? "")));

    private static void AddIfPresent(JsonObject claims, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            claims[name] = value;
        }
    }

    // Cognito omits cognito:groups for a user in no group.
    private static void AddGroups(JsonObject claims, StoredUser user)
    {
        if (user.Groups.Count > 0)
        {
            claims["cognito:groups"] = new JsonArray([.. user.Groups.Select(g => (JsonNode)g)]);
        }
    }
}

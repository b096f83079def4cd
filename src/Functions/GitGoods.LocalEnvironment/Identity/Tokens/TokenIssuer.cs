using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Identity.Users;

namespace GitGoods.LocalEnvironment.Identity.Tokens;

/// <summary>Mints Cognito-shaped id, access and refresh tokens for a user of the local pool.</summary>
public sealed class TokenIssuer(SigningKey key, Func<string> issuer, TimeProvider time)
{
    /// <summary>
    /// Signed id and access tokens for <paramref name="user"/>, who signed in at <paramref name="authTime"/>. As Cognito
    /// with token revocation on, both carry <c>origin_jti</c>, the same for every token of one sign-in (its refresh
    /// token, <paramref name="refreshHash"/>): the SPA's Cognito library sends RevokeToken on sign-out only when it is there.
    /// </summary>
    public (string IdToken, string AccessToken) Issue(StoredUser user, DateTimeOffset authTime, string? refreshHash = null)
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
        var originJti = refreshHash is null ? null : OriginJti(refreshHash);
        AddIfPresent(id, "origin_jti", originJti);

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
        AddIfPresent(access, "origin_jti", originJti);
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

    /// <summary>A UUID derived from the session's refresh-token hash (hashed again, so the stored hash is not shown).</summary>
    public static string OriginJti(string refreshHash)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("origin_jti:" + refreshHash)).AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }

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

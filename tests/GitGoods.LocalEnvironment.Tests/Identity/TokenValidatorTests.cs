using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Identity.Tokens;

namespace GitGoods.LocalEnvironment.Tests.Identity;

public sealed class TokenValidatorTests
{
    private static readonly TokenValidator Validator = new(TestTokens.Key, () => TestTokens.Issuer, new FakeClock(TestTokens.Now));

    [Fact]
    public void ValidIdAndAccessTokens_AreAccepted()
    {
        Validator.Validate(TestTokens.Sign(TestTokens.IdClaims())).Should().NotBeNull();
        Validator.Validate(TestTokens.Sign(TestTokens.AccessClaims())).Should().NotBeNull();
    }

    public static TheoryData<string, string> BadTokens() => new()
    {
        { "expired", TestTokens.Sign(TestTokens.IdClaims(TestTokens.Now.AddHours(-2))) },
        { "expiring this second", TestTokens.Sign(TestTokens.IdClaims().With("exp", TestTokens.Now.ToUnixTimeSeconds())) },
        { "no exp", TestTokens.Sign(TestTokens.IdClaims().Without("exp")) },
        { "issued in the future", TestTokens.Sign(TestTokens.IdClaims(TestTokens.Now.AddMinutes(5))) },
        { "not valid yet", TestTokens.Sign(TestTokens.IdClaims().With("nbf", TestTokens.Now.AddMinutes(1).ToUnixTimeSeconds())) },
        { "foreign key", TestTokens.Sign(TestTokens.IdClaims(), SigningKey.CreateEphemeral()) },
        { "other issuer", TestTokens.Sign(TestTokens.IdClaims(issuer: "http://127.0.0.1:5080/cognito/ap-southeast-1_Other")) },
        { "id token for another client", TestTokens.Sign(TestTokens.IdClaims().With("aud", "someotherclient0000000000a")) },
        { "access token for another client", TestTokens.Sign(TestTokens.AccessClaims().With("client_id", "someotherclient0000000000a")) },
        { "id token with wrong token_use", TestTokens.Sign(TestTokens.IdClaims().With("token_use", "refresh")) },
        { "id claims sent as access", TestTokens.Sign(TestTokens.IdClaims().With("token_use", "access")) },
        { "no token_use", TestTokens.Sign(TestTokens.IdClaims().Without("token_use")) },
        { "alg none", UnsignedToken() },
        { "tampered payload", Tampered() },
        { "garbage", "not-a-jwt" },
        { "empty", "" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public void BadToken_IsRefused(string why, string token)
    {
        Validator.Validate(token).Should().BeNull(because: why);
    }

    [Fact]
    public void GetUser_AcceptsOnlyAccessTokens()
    {
        Validator.ValidateAccessToken(TestTokens.Sign(TestTokens.IdClaims())).Should().BeNull();
        Validator.ValidateAccessToken(TestTokens.Sign(TestTokens.AccessClaims())).Should().NotBeNull();
    }

    private static string UnsignedToken()
    {
        static string Part(JsonObject o) => System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(o.ToJsonString()));
        return Part(new JsonObject { ["alg"] = "none", ["kid"] = TestTokens.Key.KeyId }) + "." + Part(TestTokens.IdClaims()) + ".";
    }

    private static string Tampered()
    {
        var parts = TestTokens.Sign(TestTokens.IdClaims()).Split('.');
        var other = TestTokens.Sign(TestTokens.IdClaims().With("cognito:groups", new JsonArray("admins"))).Split('.');
        return parts[0] + "." + other[1] + "." + parts[2];
    }
}

internal sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using GitGoods.Identity.Tokens;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.LocalEnvironment.Identity.Tokens;
using GitGoods.LocalEnvironment.Identity.Users;

namespace GitGoods.LocalEnvironment.Tests.Identity;

/// <summary>
/// Tokens the local pool issues (JsonWebTokenHandler.CreateToken) as the functions' own verifier sees them through the
/// pool's JWKS, and the local validator's refusals of forged or bent tokens, with the reason the authorizer gives.
/// </summary>
public sealed class IssuedTokenTests
{
    private static readonly FakeClock Clock = new(TestTokens.Now);
    private static readonly TokenValidator Validator = new(TestTokens.Key, () => TestTokens.Issuer, Clock);

    [Fact]
    public void TokensOfOneSession_ShareAnOriginJti_ThatDiffersBetweenSessions_AndDoesNotShowTheStoredHash()
    {
        var issuer = new TokenIssuer(TestTokens.Key, () => TestTokens.Issuer, Clock);
        var session = TokenIssuer.HashRefreshToken("refresh-token-one");
        var (id, access) = issuer.Issue(User(), TestTokens.Now, session);
        var (_, refreshed) = issuer.Issue(User(), TestTokens.Now, session);
        var (_, other) = issuer.Issue(User(), TestTokens.Now, TokenIssuer.HashRefreshToken("refresh-token-two"));

        static string Origin(string token) => Validator.ValidateAccessToken(token)?["origin_jti"]?.GetValue<string>()
            ?? JsonNode.Parse(Base64Url.DecodeFromChars(token.Split('.')[1]))!["origin_jti"]!.GetValue<string>();

        Origin(access).Should().MatchRegex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
        Origin(id).Should().Be(Origin(access));
        Origin(refreshed).Should().Be(Origin(access), "a refresh continues the same sign-in");
        Origin(other).Should().NotBe(Origin(access));
        access.Should().NotContain(session);
    }

    [Fact]
    public async Task IssuedTokens_AreRs256WithThePoolsKid_AndVerifyAgainstThePoolsJwks_InTheFunctions()
    {
        var (id, access) = new TokenIssuer(TestTokens.Key, () => TestTokens.Issuer, Clock).Issue(User(), TestTokens.Now.AddMinutes(-1));
        using var http = new HttpClient(new JwksHandler(new JsonObject { ["keys"] = new JsonArray(TestTokens.Key.ToJwk()) }.ToJsonString()));
        var verifier = new JwksTokenVerifier(new JwksKeys(http, () => TestTokens.Issuer, Clock), () => TestTokens.Issuer, UserPool.ClientId, Clock);

        var header = JsonNode.Parse(Base64Url.DecodeFromChars(id.Split('.')[0]))!.AsObject();
        header["alg"]!.GetValue<string>().Should().Be("RS256");
        header["kid"]!.GetValue<string>().Should().Be(TestTokens.Key.KeyId);
        var idClaims = await verifier.VerifyAsync(id, default);
        var accessClaims = await verifier.VerifyAsync(access, default);
        idClaims!["cognito:groups"].Should().Be("[sellers]");
        idClaims["address"].Should().Be("""{"formatted":"1 Main St"}""", "the functions' verifier formats objects as JSON text, as before");
        idClaims["exp"].Should().Be((TestTokens.Now + UserPool.TokenLifetime).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        accessClaims!["client_id"].Should().Be(UserPool.ClientId);
        Validator.ValidateAccessToken(access)!["username"]!.GetValue<string>().Should().Be("ada@example.test");
    }

    public static TheoryData<string, string, string> Refusals() => new()
    {
        { "other issuer", TestTokens.Sign(TestTokens.IdClaims(issuer: TestTokens.Issuer + "x")), "the token does not have a valid issuer" },
        { "expired", TestTokens.Sign(TestTokens.IdClaims(TestTokens.Now.AddHours(-2))), "the token has expired" },
        { "not valid yet", TestTokens.Sign(TestTokens.IdClaims().With("nbf", TestTokens.Now.ToUnixTimeSeconds() + 1)), "the token is not valid yet" },
        { "issued in the future", TestTokens.Sign(TestTokens.IdClaims().With("iat", TestTokens.Now.ToUnixTimeSeconds() + 1)), "the token was issued in the future" },
        { "another audience", TestTokens.Sign(TestTokens.IdClaims().With("aud", "someotherclient0000000000a")), "the token does not have a valid audience" },
        { "refresh token_use", TestTokens.Sign(TestTokens.IdClaims().With("token_use", "refresh")), "the token does not have a valid token_use" },
        { "flipped signature bit", FlippedSignature(), "the token is malformed or its signature is not valid" },
        { "HS256 keyed with the JWK", Hs256(Encoding.UTF8.GetBytes(TestTokens.Key.ToJwk().ToJsonString())), "the token is malformed or its signature is not valid" },
        { "repeated alg", Resigned("""{"alg":"none","alg":"RS256","kid":"KID"}"""), "the token is malformed or its signature is not valid" },
        { "header an array", Resigned("""["alg","RS256"]"""), "the token is malformed or its signature is not valid" },
        { "other kid", Resigned("""{"alg":"RS256","kid":"another"}"""), "the token is malformed or its signature is not valid" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void BentToken_IsRefused_WithTheAuthorizersReason(string why, string token, string reason)
    {
        var check = Validator.Check(token);

        check.Claims.Should().BeNull(why);
        check.Failure.Should().Be(reason, why);
    }

    private static StoredUser User() => new()
    {
        Sub = "11111111-2222-4333-8444-555555555555", Username = "ada@example.test", Email = "ada@example.test", PasswordHash = "-",
        Confirmed = true, Groups = ["sellers"], Address = "1 Main St",
    };

    private static string FlippedSignature()
    {
        var parts = TestTokens.Sign(TestTokens.IdClaims()).Split('.');
        var signature = Base64Url.DecodeFromChars(parts[2]);
        signature[0] ^= 0x80;
        return parts[0] + "." + parts[1] + "." + Base64Url.EncodeToString(signature);
    }

    private static string Hs256(byte[] secret)
    {
        var input = Part($$"""{"alg":"HS256","kid":"{{TestTokens.Key.KeyId}}"}""") + "." + Part(TestTokens.IdClaims().ToJsonString());
        return input + "." + Base64Url.EncodeToString(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(input)));
    }

    /// <summary>A token whose header is <paramref name="header"/> (KID: the pool's kid), validly signed by the pool's key.</summary>
    private static string Resigned(string header)
    {
        var input = Part(header.Replace("KID", TestTokens.Key.KeyId, StringComparison.Ordinal)) + "." + Part(TestTokens.IdClaims().ToJsonString());
        return input + "." + Base64Url.EncodeToString(TestTokens.Key.Sign(Encoding.ASCII.GetBytes(input)));
    }

    private static string Part(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    private sealed class JwksHandler(string jwks) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(jwks) });
    }
}

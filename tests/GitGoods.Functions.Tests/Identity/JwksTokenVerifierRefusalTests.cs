using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Identity.Tokens;

namespace GitGoods.Functions.Tests.Identity;

/// <summary>
/// Forged and bent tokens against the verifier on Microsoft.IdentityModel: each differs from a token that verifies
/// (the first test) in one thing only, so each refusal is that one rule's.
/// </summary>
public sealed class JwksTokenVerifierRefusalTests : IDisposable
{
    private const string Issuer = "https://issuer.example/pool";
    private const string Client = "client-1";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly RSA _key = RSA.Create(2048);
    private readonly HttpClient _http;
    private readonly FixedTime _time = new(Now);

    public JwksTokenVerifierRefusalTests() => _http = new HttpClient(new JwksHandler(Jwks()));

    [Fact]
    public async Task TheUnbentToken_Verifies()
    {
        (await VerifyAsync(Token(Claims()))).Should().NotBeNull();
        (await VerifyAsync(Token(Claims().With("nbf", Now.ToUnixTimeSeconds()).With("iat", Now.ToUnixTimeSeconds())))).Should().NotBeNull("nbf and iat of this second are not in the future");
    }

    [Fact]
    public async Task TamperedSignature_OrPayload_IsRefused()
    {
        var parts = Token(Claims()).Split('.');
        var signature = Base64Url.DecodeFromChars(parts[2]);
        signature[^1] ^= 1;
        var other = Token(Claims().With("cognito:groups", new JsonArray("admins"))).Split('.');

        (await VerifyAsync(parts[0] + "." + parts[1] + "." + Base64Url.EncodeToString(signature))).Should().BeNull("one bit of the signature flipped");
        (await VerifyAsync(parts[0] + "." + other[1] + "." + parts[2])).Should().BeNull("another payload under this signature");
        (await VerifyAsync(parts[0] + "." + parts[1] + ".")).Should().BeNull("signature stripped");
    }

    [Fact]
    public async Task AnyAlgorithmButRs256_IsRefused()
    {
        // HS256 keyed with the public key (the JWKS text, or its modulus): the classic algorithm-confusion forgery.
        var jwks = Encoding.UTF8.GetBytes(Jwks());
        var modulus = _key.ExportParameters(false).Modulus!;

        (await VerifyAsync(Hs256(Claims(), jwks))).Should().BeNull("HS256 keyed with the JWKS text");
        (await VerifyAsync(Hs256(Claims(), modulus))).Should().BeNull("HS256 keyed with the modulus");
        (await VerifyAsync(Unsigned(Claims()))).Should().BeNull("alg none");
        (await VerifyAsync(Token(Claims(), header: new JsonObject { ["kid"] = "k1", ["alg"] = "RS512" }))).Should().BeNull("RS512");
    }

    public static TheoryData<string, string> BentClaims => new()
    {
        { "wrong issuer", """{"iss":"https://issuer.example/pool2","exp":EXP,"token_use":"id","aud":"client-1"}""" },
        { "issuer with a trailing slash", """{"iss":"ISS/","exp":EXP,"token_use":"id","aud":"client-1"}""" },
        { "issuer differing in case", """{"iss":"https://issuer.example/POOL","exp":EXP,"token_use":"id","aud":"client-1"}""" },
        { "id token of another audience", """{"iss":"ISS","exp":EXP,"token_use":"id","aud":"client-2"}""" },
        { "id token with an audience list", """{"iss":"ISS","exp":EXP,"token_use":"id","aud":["client-1"]}""" },
        { "access token with aud instead of client_id", """{"iss":"ISS","exp":EXP,"token_use":"access","aud":"client-1"}""" },
        { "expired an hour ago", """{"iss":"ISS","exp":PAST,"token_use":"id","aud":"client-1"}""" },
        { "expiring this second", """{"iss":"ISS","exp":NOW,"token_use":"id","aud":"client-1"}""" },
        { "no exp", """{"iss":"ISS","token_use":"id","aud":"client-1"}""" },
        { "exp as text", """{"iss":"ISS","exp":"EXP","token_use":"id","aud":"client-1"}""" },
        { "nbf as text", """{"iss":"ISS","exp":EXP,"nbf":"NOW","token_use":"id","aud":"client-1"}""" },
        { "nbf a second ahead", """{"iss":"ISS","exp":EXP,"nbf":NEXT,"token_use":"id","aud":"client-1"}""" },
        { "iat a second ahead", """{"iss":"ISS","exp":EXP,"iat":NEXT,"token_use":"id","aud":"client-1"}""" },
        { "refresh token_use", """{"iss":"ISS","exp":EXP,"token_use":"refresh","aud":"client-1"}""" },
        { "repeated claim", """{"iss":"https://other","iss":"ISS","exp":EXP,"token_use":"id","aud":"client-1"}""" },
    };

    [Theory]
    [MemberData(nameof(BentClaims))]
    public async Task TokenWithOneClaimBent_IsRefused(string because, string claims)
    {
        var now = Now.ToUnixTimeSeconds();
        var json = claims.Replace("ISS", Issuer, StringComparison.Ordinal).Replace("EXP", (now + 3600).ToString(Inv), StringComparison.Ordinal)
            .Replace("PAST", (now - 3600).ToString(Inv), StringComparison.Ordinal).Replace("NOW", now.ToString(Inv), StringComparison.Ordinal)
            .Replace("NEXT", (now + 1).ToString(Inv), StringComparison.Ordinal);

        (await VerifyAsync(Sign(Part("""{"kid":"k1","alg":"RS256"}""") + "." + Part(json)))).Should().BeNull(because);
    }

    public static TheoryData<string, string> BentHeaders => new()
    {
        { "repeated alg", """{"kid":"k1","alg":"none","alg":"RS256"}""" },
        { "repeated kid", """{"kid":"k2","kid":"k1","alg":"RS256"}""" },
        { "header an array", """["kid","k1","alg","RS256"]""" },
        { "kid an object", """{"kid":{"k1":1},"alg":"RS256"}""" },
        { "unknown kid", """{"kid":"k9","alg":"RS256"}""" },
        { "no kid", """{"alg":"RS256"}""" },
        { "not JSON", """{"kid":"k1","alg":"RS256" """ },
    };

    [Theory]
    [MemberData(nameof(BentHeaders))]
    public async Task TokenWithABentHeader_IsRefused_WithoutThrowing(string because, string header)
    {
        var token = Sign(Part(header) + "." + Part(Claims().ToJsonString()));

        (await VerifyAsync(token)).Should().BeNull(because);
    }

    public void Dispose()
    {
        _http.Dispose();
        _key.Dispose();
    }

    private static IFormatProvider Inv => System.Globalization.CultureInfo.InvariantCulture;

    private Task<IDictionary<string, string>?> VerifyAsync(string token) =>
        new JwksTokenVerifier(new JwksKeys(_http, () => Issuer, _time), () => Issuer, Client, _time).VerifyAsync(token, default);

    private static JsonObject Claims() => new()
    {
        ["sub"] = "u-1", ["iss"] = Issuer, ["exp"] = Now.AddHours(1).ToUnixTimeSeconds(), ["token_use"] = "id", ["aud"] = Client,
    };

    private string Token(JsonObject claims, JsonObject? header = null) =>
        Sign(Part((header ?? new JsonObject { ["kid"] = "k1", ["alg"] = "RS256" }).ToJsonString()) + "." + Part(claims.ToJsonString()));

    private string Sign(string input) =>
        input + "." + Base64Url.EncodeToString(_key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    private static string Hs256(JsonObject claims, byte[] secret)
    {
        var input = Part("""{"kid":"k1","alg":"HS256"}""") + "." + Part(claims.ToJsonString());
        return input + "." + Base64Url.EncodeToString(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(input)));
    }

    private static string Unsigned(JsonObject claims) => Part("""{"kid":"k1","alg":"none"}""") + "." + Part(claims.ToJsonString()) + ".";

    private static string Part(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    private string Jwks()
    {
        var p = _key.ExportParameters(false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA", ["kid"] = "k1", ["alg"] = "RS256", ["use"] = "sig",
                ["n"] = Base64Url.EncodeToString(p.Modulus), ["e"] = Base64Url.EncodeToString(p.Exponent),
            }),
        }.ToJsonString();
    }

    private sealed class JwksHandler(string jwks) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(jwks) });
    }
}

internal static class ClaimsBending
{
    public static JsonObject With(this JsonObject claims, string name, JsonNode? value)
    {
        claims[name] = value;
        return claims;
    }
}

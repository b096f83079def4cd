using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Identity.Tokens;

namespace GitGoods.Functions.Tests.Identity;

public sealed class JwksTokenVerifierTests : IDisposable
{
    private const string Issuer = "https://issuer.example/pool";
    private const string Client = "client-1";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly RSA _key = RSA.Create(2048);
    private readonly JwksHandler _jwks;
    private readonly HttpClient _http;
    private readonly FixedTime _time = new(Now);

    public JwksTokenVerifierTests()
    {
        _jwks = new JwksHandler(_key);
        _http = new HttpClient(_jwks);
    }

    [Fact]
    public async Task IdAndAccessTokens_OfTheClient_Verify_WithClaimsAsTheAuthorizerFormatsThem()
    {
        var verifier = Verifier();

        var id = await verifier.VerifyAsync(Token(Claims("id", aud: Client, groups: true)), default);
        var access = await verifier.VerifyAsync(Token(Claims("access", clientId: Client)), default);

        id!["sub"].Should().Be("u-1");
        id["cognito:groups"].Should().Be("[sellers admins]");
        access!["client_id"].Should().Be(Client);
        _jwks.Fetches.Should().Be(1, "the key set is cached");
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "wrong issuer", """{"iss":"https://other","exp":EXP,"token_use":"id","aud":"client-1","sub":"u"}""" },
        { "expired", """{"iss":"ISS","exp":1,"token_use":"id","aud":"client-1","sub":"u"}""" },
        { "wrong audience", """{"iss":"ISS","exp":EXP,"token_use":"id","aud":"other","sub":"u"}""" },
        { "access token of another client", """{"iss":"ISS","exp":EXP,"token_use":"access","client_id":"other","sub":"u"}""" },
        { "not valid yet", """{"iss":"ISS","exp":EXP,"nbf":EXP,"token_use":"id","aud":"client-1","sub":"u"}""" },
        { "no token_use", """{"iss":"ISS","exp":EXP,"aud":"client-1","sub":"u"}""" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task TokenBreakingARule_IsRefused(string because, string claims)
    {
        var json = claims.Replace("ISS", Issuer, StringComparison.Ordinal)
            .Replace("EXP", Now.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        (await Verifier().VerifyAsync(Token(JsonNode.Parse(json)!.AsObject()), default)).Should().BeNull(because);
    }

    [Fact]
    public async Task TamperedOrForeignSignature_IsRefused()
    {
        var token = Token(Claims("id", aud: Client));
        using var other = RSA.Create(2048);

        (await Verifier().VerifyAsync(token[..^4] + "AAAA", default)).Should().BeNull();
        (await Verifier().VerifyAsync(Token(Claims("id", aud: Client), other), default)).Should().BeNull();
        (await Verifier().VerifyAsync("not.a.jwt", default)).Should().BeNull();
    }

    [Fact]
    public async Task UnknownKid_RefetchesAtMostOncePerInterval()
    {
        var verifier = Verifier();
        await verifier.VerifyAsync(Token(Claims("id", aud: Client)), default);

        await verifier.VerifyAsync(Token(Claims("id", aud: Client), kid: "rotated"), default);
        await verifier.VerifyAsync(Token(Claims("id", aud: Client), kid: "rotated"), default);
        _jwks.Fetches.Should().Be(1, "within a minute of the last fetch");

        _time.Now += JwksKeys.RefetchInterval;
        await verifier.VerifyAsync(Token(Claims("id", aud: Client), kid: "rotated"), default);
        _jwks.Fetches.Should().Be(2);
    }

    public void Dispose()
    {
        _http.Dispose();
        _jwks.Dispose();
        _key.Dispose();
    }

    private JwksTokenVerifier Verifier() => new(new JwksKeys(_http, () => Issuer, _time), () => Issuer, Client, _time);

    private static JsonObject Claims(string use, string? aud = null, string? clientId = null, bool groups = false)
    {
        var claims = new JsonObject { ["sub"] = "u-1", ["iss"] = Issuer, ["exp"] = Now.AddHours(1).ToUnixTimeSeconds(), ["token_use"] = use };
        if (aud is not null) { claims["aud"] = aud; }
        if (clientId is not null) { claims["client_id"] = clientId; }
        if (groups) { claims["cognito:groups"] = new JsonArray("sellers", "admins"); }
        return claims;
    }

    private string Token(JsonObject claims, RSA? key = null, string kid = "k1")
    {
        var header = new JsonObject { ["kid"] = kid, ["alg"] = "RS256" };
        var input = Part(header) + "." + Part(claims);
        var signature = (key ?? _key).SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return input + "." + Base64Url.EncodeToString(signature);
    }

    private static string Part(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));

    private sealed class JwksHandler(RSA key) : HttpMessageHandler
    {
        public int Fetches { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri!.ToString().Should().Be(Issuer + "/.well-known/jwks.json");
            Fetches++;
            var p = key.ExportParameters(false);
            var jwks = new JsonObject
            {
                ["keys"] = new JsonArray(new JsonObject
                {
                    ["kty"] = "RSA", ["kid"] = "k1", ["alg"] = "RS256", ["use"] = "sig",
                    ["n"] = Base64Url.EncodeToString(p.Modulus), ["e"] = Base64Url.EncodeToString(p.Exponent),
                }),
            };
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(jwks.ToJsonString()) });
        }
    }
}

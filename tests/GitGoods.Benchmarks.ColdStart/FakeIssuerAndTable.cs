using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GitGoods.Benchmarks.ColdStart;

/// <summary>
/// What a token-verifying function reaches on its first call, on 127.0.0.1: the issuer's JWKS
/// (<c>/pool/.well-known/jwks.json</c>, one RSA key) and a DynamoDB endpoint whose every <c>GetItem</c> finds nothing
/// (<c>{}</c>), so <c>GetCart</c> answers a signed-in caller's empty cart without a table.
/// </summary>
public sealed class FakeIssuerAndTable : IAsyncDisposable
{
    public const string ClientId = "benchclient0000000000000a";
    private const string KeyId = "bench-key";
    private readonly WebApplication _app;
    private readonly RSA _key = RSA.Create(2048);

    private FakeIssuerAndTable(WebApplication app)
    {
        _app = app;
        app.MapGet("/pool/.well-known/jwks.json", () => Results.Text(Jwks(), "application/json"));
        app.MapPost("/", () => Results.Text("{}", "application/x-amz-json-1.0"));
    }

    /// <summary>The issuer (<c>COGNITO_ISSUER</c>).</summary>
    public string Issuer => _app.Urls.First() + "/pool";

    /// <summary>The DynamoDB endpoint (<c>AWS_ENDPOINT_URL_DYNAMODB</c>).</summary>
    public string TableEndpoint => _app.Urls.First();

    public static async Task<FakeIssuerAndTable> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var fake = new FakeIssuerAndTable(builder.Build());
        await fake._app.StartAsync().ConfigureAwait(false);
        return fake;
    }

    /// <summary>A Cognito-shaped access token of this issuer and client, valid for an hour from now.</summary>
    public string AccessToken()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = new JsonObject { ["kid"] = KeyId, ["alg"] = "RS256" };
        var claims = new JsonObject
        {
            ["sub"] = "11111111-2222-4333-8444-555555555555", ["iss"] = Issuer, ["client_id"] = ClientId, ["token_use"] = "access",
            ["scope"] = "aws.cognito.signin.user.admin", ["auth_time"] = now, ["iat"] = now, ["exp"] = now + 3600,
            ["jti"] = Guid.NewGuid().ToString(), ["username"] = "bench@example.test",
        };
        var input = Part(header) + "." + Part(claims);
        return input + "." + Base64Url.EncodeToString(_key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync().ConfigureAwait(false);
        _key.Dispose();
    }

    private string Jwks()
    {
        var p = _key.ExportParameters(includePrivateParameters: false);
        var key = new JsonObject
        {
            ["alg"] = "RS256", ["e"] = Base64Url.EncodeToString(p.Exponent), ["kid"] = KeyId, ["kty"] = "RSA",
            ["n"] = Base64Url.EncodeToString(p.Modulus), ["use"] = "sig",
        };
        return new JsonObject { ["keys"] = new JsonArray(key) }.ToJsonString();
    }

    private static string Part(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
}

using System.Net;
using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.TestSupport;

namespace GitGoods.LocalEnvironment.Tests.Logging;

/// <summary>Signs in and calls the API with known personal data and tokens, then scans everything the stack logged.</summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class LogScanTests(LocalEnvironmentFixture fixture)
{
    [Fact]
    public async Task CapturedLogs_CarryNoPersonalDataPasswordsOrTokens()
    {
        var log = new CapturedLog();
        var unique = Guid.NewGuid().ToString("N")[..10];
        var email = $"log-scan-{unique}@example.test";
        var name = $"Zebediah Quillfeather {unique}";
        var phone = "+659" + Random.Shared.Next(1000000, 9999999);
        var password = $"Sc4n-{unique}!";
        await using var stack = await LocalEnvironmentHost.StartAsync(new LocalEnvironmentHostOptions
        {
            DynamoDbEndpoint = fixture.DynamoDb.Endpoint,
            TableName = fixture.TableName,
            LogSink = log,
            ExtraFunctions = [EchoClaimsFunction.Definition()],
        });

        (await stack.Identity.SignUpAsync(email, password, name, phone)).Status.Should().Be(200);
        var tokens = await stack.Identity.SignInAsync(email, password);
        await stack.Identity.CallAsync("GetUser", new JsonObject { ["AccessToken"] = tokens.AccessToken });
        await stack.Identity.CallAsync("InitiateAuth", new JsonObject
        {
            ["AuthFlow"] = "REFRESH_TOKEN_AUTH",
            ["ClientId"] = UserPool.ClientId,
            ["AuthParameters"] = new JsonObject { ["REFRESH_TOKEN"] = tokens.RefreshToken },
        });
        await stack.Identity.CallAsync("InitiateAuth", new JsonObject
        {
            ["AuthFlow"] = "USER_PASSWORD_AUTH",
            ["ClientId"] = UserPool.ClientId,
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = email, ["PASSWORD"] = password + "wrong" },
        });
        foreach (var path in new[] { "/api/products?limit=2", "/api/health", "/api/me", "/api/seller/products", "/api/products/" + Uri.EscapeDataString(email), "/api/no-such-route" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + tokens.IdToken);
            using var response = await stack.Client.SendAsync(request);
        }

        var unauthorized = await CallAsync(stack, "Bearer " + tokens.IdToken + "tampered");
        var authorized = await CallAsync(stack, "Bearer " + tokens.AccessToken);

        unauthorized.Should().Be(HttpStatusCode.Unauthorized);
        authorized.Should().Be(HttpStatusCode.OK);
        var text = log.Text;
        text.Should().Contain("Cognito SignUp").And.Contain("/api/products");
        foreach (var secret in new[] { email, name, phone, password, tokens.IdToken, tokens.AccessToken, tokens.RefreshToken, unique })
        {
            text.Should().NotContain(secret);
        }
    }

    private static async Task<HttpStatusCode> CallAsync(LocalEnvironmentHost stack, string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, EchoClaimsFunction.Path);
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await stack.Client.SendAsync(request);
        return response.StatusCode;
    }
}

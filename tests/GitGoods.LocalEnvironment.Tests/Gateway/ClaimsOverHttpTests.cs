using System.Net;
using System.Text.Json.Nodes;
using GitGoods.Manifest;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.LocalEnvironment.Tests.Gateway;

/// <summary>Real sign-ins through the real stack to test-only routes behind the real AccessGuard.</summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class ClaimsOverHttpTests(LocalEnvironmentFixture fixture)
{
    [Fact]
    public async Task SignedInRoute_GetsTheClaimsAsApiGatewayFormatsThem()
    {
        await using var stack = await StartAsync(EchoClaimsFunction.Definition());
        var tokens = await stack.Identity.SignInAsync("seller@gitgoods.local");

        var (status, body) = await GetAsync(stack, "Bearer " + tokens.IdToken);
        var (accessStatus, accessBody) = await GetAsync(stack, tokens.AccessToken);

        status.Should().Be(HttpStatusCode.OK);
        var jwt = JsonNode.Parse(body)!["requestContext"]!["authorizer"]!["jwt"]!;
        jwt["claims"]!["sub"]!.GetValue<string>().Should().Be(DemoUsers.SellerSub);
        jwt["claims"]!["cognito:groups"]!.GetValue<string>().Should().Be("[sellers]");
        jwt["claims"]!["email_verified"]!.GetValue<string>().Should().Be("true");
        long.TryParse(jwt["claims"]!["exp"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _).Should().BeTrue();
        jwt["scopes"].Should().BeNull();
        accessStatus.Should().Be(HttpStatusCode.OK);
        var accessJwt = JsonNode.Parse(accessBody)!["requestContext"]!["authorizer"]!["jwt"]!;
        accessJwt["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).Should().Equal(UserPool.Scope);
    }

    [Fact]
    public async Task SellersRoute_IsForbiddenToAShopper_ByTheFunctionNotTheGateway()
    {
        await using var stack = await StartAsync(EchoClaimsFunction.Definition(RouteAccess.Sellers));
        var shopper = await stack.Identity.SignInAsync("shopper@gitgoods.local");
        var admin = await stack.Identity.SignInAsync("admin@gitgoods.local");

        var (forbidden, problem) = await GetAsync(stack, "Bearer " + shopper.IdToken);
        var (allowed, _) = await GetAsync(stack, "Bearer " + admin.IdToken);
        var (anonymous, unauthorized) = await GetAsync(stack, null);

        forbidden.Should().Be(HttpStatusCode.Forbidden);
        JsonNode.Parse(problem)!["status"]!.GetValue<int>().Should().Be(403);
        allowed.Should().Be(HttpStatusCode.OK);
        anonymous.Should().Be(HttpStatusCode.Unauthorized);
        unauthorized.Should().Be("""{"message":"Unauthorized"}""");
    }

    [Fact]
    public async Task TokenPastItsExpiry_IsRefused_WhenTheStacksClockMovesOn()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var stack = await StartAsync(EchoClaimsFunction.Definition(), clock);
        var tokens = await stack.Identity.SignInAsync("shopper@gitgoods.local");

        clock.Advance(TimeSpan.FromSeconds(3599));
        var (stillValid, _) = await GetAsync(stack, "Bearer " + tokens.AccessToken);
        clock.Advance(TimeSpan.FromSeconds(1));
        var (expired, body) = await GetAsync(stack, "Bearer " + tokens.AccessToken);
        var (_, user) = await stack.Identity.CallAsync("GetUser", new JsonObject { ["AccessToken"] = tokens.AccessToken });

        stillValid.Should().Be(HttpStatusCode.OK);
        expired.Should().Be(HttpStatusCode.Unauthorized);
        body.Should().Be("""{"message":"Unauthorized"}""");
        user["__type"]!.GetValue<string>().Should().Be("NotAuthorizedException");
    }

    private Task<LocalEnvironmentHost> StartAsync(FunctionDefinition extra, TimeProvider? time = null) =>
        LocalEnvironmentHost.StartAsync(new LocalEnvironmentHostOptions
        {
            DynamoDbEndpoint = fixture.DynamoDb.Endpoint,
            TableName = fixture.TableName,
            ExtraFunctions = [extra],
            Time = time,
        });

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(LocalEnvironmentHost stack, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, EchoClaimsFunction.Path);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await stack.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}

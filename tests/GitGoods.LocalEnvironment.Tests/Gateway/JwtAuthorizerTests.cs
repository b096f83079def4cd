using System.Text;
using GitGoods.Manifest;
using GitGoods.LocalEnvironment.Gateway;
using GitGoods.LocalEnvironment.Logging;
using GitGoods.LocalEnvironment.Identity.Tokens;
using GitGoods.LocalEnvironment.Tests.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace GitGoods.LocalEnvironment.Tests.Gateway;

/// <summary>The gateway as API Gateway's JWT authorizer, over a test catalogue of one public and one signed-in route.</summary>
public sealed class JwtAuthorizerTests
{
    public static TheoryData<string, string?> RefusedTokens() => new()
    {
        { "no token", null },
        { "expired", "Bearer " + TestTokens.Sign(TestTokens.IdClaims(TestTokens.Now.AddHours(-2))) },
        { "foreign key", "Bearer " + TestTokens.Sign(TestTokens.IdClaims(), SigningKey.CreateEphemeral()) },
        { "another client", "Bearer " + TestTokens.Sign(TestTokens.IdClaims().With("aud", "someotherclient0000000000a")) },
        { "wrong token_use", "Bearer " + TestTokens.Sign(TestTokens.IdClaims().With("token_use", "refresh")) },
        { "bearer without token", "Bearer " },
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task ProtectedRoute_WithABadToken_IsApiGateways401_AndTheFunctionIsNotCalled(string why, string? authorization)
    {
        var function = new StubFunction();

        var context = await InvokeAsync(function, "/api/private", authorization);

        context.Response.StatusCode.Should().Be(401, because: why);
        Body(context).Should().Be("""{"message":"Unauthorized"}""");
        context.Response.ContentType.Should().Be("application/json");
        function.LastEvent.Should().BeNull();
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("expired", "Bearer scope=\"\" error=\"invalid_token\" error_description=\"the token has expired\"")]
    [InlineData("another client", "Bearer scope=\"\" error=\"invalid_token\" error_description=\"the token does not have a valid audience\"")]
    public async Task Refusal_ExplainsItselfInWwwAuthenticate_AsApiGatewayDoes(string? kind, string? challenge)
    {
        var authorization = kind switch
        {
            "expired" => "Bearer " + TestTokens.Sign(TestTokens.IdClaims(TestTokens.Now.AddHours(-2))),
            "another client" => "Bearer " + TestTokens.Sign(TestTokens.AccessClaims().With("client_id", "someotherclient0000000000a")),
            _ => null,
        };

        var context = await InvokeAsync(new StubFunction(), "/api/private", authorization);

        context.Response.StatusCode.Should().Be(401);
        (context.Response.Headers.WWWAuthenticate.ToString() is { Length: > 0 } value ? value : null).Should().Be(challenge);
    }

    [Fact]
    public async Task ValidIdToken_ReachesTheFunction_WithClaimsFormattedAsApiGatewayDoes()
    {
        var function = new StubFunction();

        await InvokeAsync(function, "/api/private", "Bearer " + TestTokens.Sign(TestTokens.IdClaims()));

        var claims = System.Text.Json.Nodes.JsonNode.Parse(function.LastEvent!)!["requestContext"]!["authorizer"]!["jwt"]!;
        claims["claims"]!["cognito:groups"]!.GetValue<string>().Should().Be("[sellers admins]");
        claims["claims"]!["exp"]!.GetValue<string>().Should().Be((TestTokens.Now.ToUnixTimeSeconds() + 3600).ToString(System.Globalization.CultureInfo.InvariantCulture));
        claims["claims"]!["email_verified"]!.GetValue<string>().Should().Be("true");
        claims["claims"]!["address"]!.GetValue<string>().Should().Be("map[formatted:1 Main St]");
        claims["claims"]!["sub"]!.GetValue<string>().Should().Be("11111111-2222-4333-8444-555555555555");
        claims["scopes"].Should().BeNull();
    }

    [Fact]
    public async Task RawAccessTokenWithoutBearer_IsAccepted_AndItsScopeBecomesScopes()
    {
        var function = new StubFunction();

        var context = await InvokeAsync(function, "/api/private", TestTokens.Sign(TestTokens.AccessClaims()));

        context.Response.StatusCode.Should().Be(204);
        var jwt = System.Text.Json.Nodes.JsonNode.Parse(function.LastEvent!)!["requestContext"]!["authorizer"]!["jwt"]!;
        jwt["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).Should().Equal("aws.cognito.signin.user.admin");
        jwt["claims"]!["client_id"]!.GetValue<string>().Should().Be(GitGoods.LocalEnvironment.Identity.UserPool.ClientId);
    }

    [Fact]
    public async Task PublicRoute_IgnoresTheAuthorizationHeader_AndPassesNoClaims()
    {
        var function = new StubFunction();

        var context = await InvokeAsync(function, "/api/public", "Bearer " + TestTokens.Sign(TestTokens.IdClaims()));
        var garbage = await InvokeAsync(new StubFunction(), "/api/public", "Bearer garbage");

        context.Response.StatusCode.Should().Be(204);
        garbage.Response.StatusCode.Should().Be(204);
        function.LastEvent.Should().NotContain("\"authorizer\":{");
    }

    [Fact]
    public void Claims_FormatArraysNumbersAndBooleansAsStrings()
    {
        var formatted = ApiGatewayClaims.Format(TestTokens.IdClaims().With("cognito:groups", new System.Text.Json.Nodes.JsonArray("sellers")));

        formatted["cognito:groups"].Should().Be("[sellers]");
        formatted["iat"].Should().Be(TestTokens.Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        formatted.Values.Should().AllBeOfType<string>();
    }

    private static async Task<DefaultHttpContext> InvokeAsync(StubFunction function, string path, string? authorization)
    {
        var endpoint = new GatewayEndpoint(new GatewayRouteTable([Route("/api/public", RouteAccess.Public, function), Route("/api/private", RouteAccess.SignedIn, function)]),
            TestTokens.Authorizer(), FunctionLoggers.None, TimeProvider.System, NullLogger<GatewayEndpoint>.Instance);
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = path;
        context.Request.Host = new HostString("localhost");
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }

        context.Response.Body = new MemoryStream();
        await endpoint.HandleAsync(context);
        return context;
    }

    private static GatewayRoute Route(string path, RouteAccess access, StubFunction function)
    {
        var trigger = new HttpRouteTrigger("GET", path, access);
        return new GatewayRoute(new FunctionDefinition(path, trigger, DataAccess.None, _ => function), trigger, RouteTemplate.Parse(path), function);
    }

    private static string Body(DefaultHttpContext context) => Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());
}

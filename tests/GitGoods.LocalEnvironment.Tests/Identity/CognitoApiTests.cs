using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.TestSupport;

namespace GitGoods.LocalEnvironment.Tests.Identity;

/// <summary>The Cognito-compatible endpoint over real HTTP, as the AWS SDK and amazon-cognito-identity-js call it.</summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class CognitoApiTests(LocalEnvironmentFixture fixture)
{
    private const string Password = "Corr3ct-Horse!";

    private CognitoClient Cognito => fixture.Stack.Identity;

    [Fact]
    public async Task SignUp_SignIn_GetUser_AndRefresh()
    {
        var email = Unique("flow");

        var (signUpStatus, signUp) = await Cognito.SignUpAsync(email, Password, "Flow Tester", "+6591234567");
        var tokens = await Cognito.SignInAsync(email, Password);
        var (userStatus, user) = await Cognito.CallAsync("GetUser", new JsonObject { ["AccessToken"] = tokens.AccessToken });
        var (refreshStatus, refreshed) = await Cognito.CallAsync("InitiateAuth", new JsonObject
        {
            ["AuthFlow"] = "REFRESH_TOKEN_AUTH",
            ["ClientId"] = UserPool.ClientId,
            ["AuthParameters"] = new JsonObject { ["REFRESH_TOKEN"] = tokens.RefreshToken },
        });

        signUpStatus.Should().Be(200);
        signUp["UserConfirmed"]!.GetValue<bool>().Should().BeTrue();
        var sub = signUp["UserSub"]!.GetValue<string>();
        Guid.TryParse(sub, out _).Should().BeTrue();
        userStatus.Should().Be(200);
        user["Username"]!.GetValue<string>().Should().Be(email);
        var attributes = user["UserAttributes"]!.AsArray().ToDictionary(a => a!["Name"]!.GetValue<string>(), a => a!["Value"]!.GetValue<string>());
        attributes.Should().Contain("sub", sub).And.Contain("email", email).And.Contain("name", "Flow Tester").And.Contain("phone_number", "+6591234567");
        refreshStatus.Should().Be(200);
        var result = refreshed["AuthenticationResult"]!;
        result["ExpiresIn"]!.GetValue<int>().Should().Be(3600);
        result["TokenType"]!.GetValue<string>().Should().Be("Bearer");
        result["IdToken"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        result["AccessToken"]!.GetValue<string>().Should().NotBe(tokens.AccessToken);
        result.AsObject().ContainsKey("RefreshToken").Should().BeFalse();
    }

    [Fact]
    public async Task IdToken_CarriesCognitosClaims()
    {
        var tokens = await Cognito.SignInAsync("seller@gitgoods.local");

        var claims = TokenParts.Payload(tokens.IdToken);
        var access = TokenParts.Payload(tokens.AccessToken);

        claims["sub"]!.GetValue<string>().Should().Be(DemoUsers.SellerSub);
        claims["cognito:groups"]!.AsArray().Select(g => g!.GetValue<string>()).Should().Equal("sellers");
        claims["aud"]!.GetValue<string>().Should().Be(UserPool.ClientId);
        claims["token_use"]!.GetValue<string>().Should().Be("id");
        claims["iss"]!.GetValue<string>().Should().Be(fixture.Stack.BaseAddress.GetLeftPart(UriPartial.Authority) + "/cognito/" + UserPool.Id);
        claims["email_verified"]!.GetValue<bool>().Should().BeTrue();
        (claims["exp"]!.GetValue<long>() - claims["iat"]!.GetValue<long>()).Should().Be(3600);
        access["client_id"]!.GetValue<string>().Should().Be(UserPool.ClientId);
        access["scope"]!.GetValue<string>().Should().Be("aws.cognito.signin.user.admin");
        access.ContainsKey("aud").Should().BeFalse();
        TokenParts.Payload((await Cognito.SignInAsync("shopper@gitgoods.local")).IdToken).ContainsKey("cognito:groups").Should().BeFalse();
    }

    [Theory]
    [InlineData("Sh0rt!a", "not long enough")]
    [InlineData("nouppercase1!", "uppercase")]
    [InlineData("NOLOWERCASE1!", "lowercase")]
    [InlineData("NoDigitsHere!!", "numeric")]
    [InlineData("NoSymbols123", "symbol")]
    public async Task WeakPassword_IsInvalidPasswordException(string password, string reason)
    {
        var (status, body) = await Cognito.SignUpAsync(Unique("weak"), password, "Weak");

        status.Should().Be(400);
        body["__type"]!.GetValue<string>().Should().Be("InvalidPasswordException");
        body["message"]!.GetValue<string>().Should().Contain(reason);
    }

    [Fact]
    public async Task DuplicateSignUp_IsUsernameExistsException()
    {
        var email = Unique("dup");
        await Cognito.SignUpAsync(email, Password, "First");

        var (status, body) = await Cognito.SignUpAsync(email.ToUpperInvariant(), Password, "Second");

        status.Should().Be(400);
        body["__type"]!.GetValue<string>().Should().Be("UsernameExistsException");
    }

    [Fact]
    public async Task WrongPasswordAndUnknownUser_AreTheSameNotAuthorizedException()
    {
        var wrong = await SignInRawAsync("shopper@gitgoods.local", "Wrong-Passw0rd");
        var unknown = await SignInRawAsync(Unique("nobody"), Password);

        foreach (var (status, body) in new[] { wrong, unknown })
        {
            status.Should().Be(400);
            body.ToJsonString().Should().Be("""{"__type":"NotAuthorizedException","message":"Incorrect username or password."}""");
        }
    }

    [Fact]
    public async Task Jwks_AndDiscovery_AreServed()
    {
        var jwks = JsonNode.Parse(await fixture.Client.GetStringAsync($"/cognito/{UserPool.Id}/.well-known/jwks.json"))!;
        var discovery = JsonNode.Parse(await fixture.Client.GetStringAsync($"/cognito/{UserPool.Id}/.well-known/openid-configuration"))!;
        var tokens = await Cognito.SignInAsync("admin@gitgoods.local");

        var key = jwks["keys"]!.AsArray().Single()!;
        key["kty"]!.GetValue<string>().Should().Be("RSA");
        key["alg"]!.GetValue<string>().Should().Be("RS256");
        key.AsObject().ContainsKey("d").Should().BeFalse();
        TokenParts.Header(tokens.IdToken)["kid"]!.GetValue<string>().Should().Be(key["kid"]!.GetValue<string>());
        discovery["issuer"]!.GetValue<string>().Should().Be(TokenParts.Payload(tokens.IdToken)["iss"]!.GetValue<string>());
        discovery["jwks_uri"]!.GetValue<string>().Should().EndWith($"/cognito/{UserPool.Id}/.well-known/jwks.json");
    }

    private Task<(int Status, JsonObject Body)> SignInRawAsync(string email, string password) =>
        Cognito.CallAsync("InitiateAuth", new JsonObject
        {
            ["AuthFlow"] = "USER_PASSWORD_AUTH",
            ["ClientId"] = UserPool.ClientId,
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = email, ["PASSWORD"] = password },
        });

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}@example.test";
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Identity;

namespace GitGoods.LocalEnvironment.Tests.Identity;

/// <summary>GlobalSignOut and RevokeToken: what the identity endpoint refuses afterwards, and what the API still accepts.</summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class SessionRevocationTests(LocalEnvironmentFixture fixture)
{
    [Fact]
    public async Task GlobalSignOut_RevokesEverySession_ButANewSignInWorksAtOnce()
    {
        var user = await AccountTestUser.SignUpAsync(fixture.Stack, "signout");
        var phone = await user.Cognito.SignInAsync(user.Email, AccountTestUser.Password);
        var laptop = await user.Cognito.SignInAsync(user.Email, AccountTestUser.Password);
        var (_, refreshed) = await user.RefreshAsync(phone.RefreshToken);
        var refreshedAccess = refreshed["AuthenticationResult"]!["AccessToken"]!.GetValue<string>();

        var (status, body) = await user.CallAsync("GlobalSignOut", new JsonObject { ["AccessToken"] = laptop.AccessToken });
        var fresh = await user.Cognito.SignInAsync(user.Email, AccountTestUser.Password);

        status.Should().Be(200);
        body.ToJsonString().Should().Be("{}");
        foreach (var access in new[] { phone.AccessToken, laptop.AccessToken, refreshedAccess })
        {
            (await user.GetUserAsync(access)).Body.ToJsonString().Should().Be("""{"__type":"NotAuthorizedException","message":"Access Token has been revoked"}""");
        }

        foreach (var refresh in new[] { phone.RefreshToken, laptop.RefreshToken })
        {
            (await user.RefreshAsync(refresh)).Body.ToJsonString().Should().Be("""{"__type":"NotAuthorizedException","message":"Refresh Token has been revoked"}""");
        }

        var (changeStatus, change) = await user.CallAsync("ChangePassword", new JsonObject
        {
            ["AccessToken"] = phone.AccessToken, ["PreviousPassword"] = AccountTestUser.Password, ["ProposedPassword"] = "N3w-Passw0rd!x",
        });
        var (updateStatus, _) = await UpdateUserAttributesTests.UpdateAsync(user, laptop.AccessToken, ("name", "Signed Out"));
        changeStatus.Should().Be(400);
        change["message"]!.GetValue<string>().Should().Be("Access Token has been revoked");
        updateStatus.Should().Be(400);
        (await user.GetUserAsync(fresh.AccessToken)).Status.Should().Be(200);
        (await user.RefreshAsync(fresh.RefreshToken)).Status.Should().Be(200);
    }

    [Fact]
    public async Task AfterGlobalSignOut_TheApi_StillAcceptsTheTokenUntilItExpires_AsApiGatewayDoes()
    {
        var user = await AccountTestUser.SignUpAsync(fixture.Stack, "api-after-signout");
        var tokens = await user.Cognito.SignInAsync(user.Email, AccountTestUser.Password);
        await fixture.Stack.Identity.CallAsync("GlobalSignOut", new JsonObject { ["AccessToken"] = tokens.AccessToken });

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.IdToken);
        using var response = await fixture.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await fixture.Stack.Identity.CallAsync("GetUser", new JsonObject { ["AccessToken"] = tokens.AccessToken })).Body["message"]!
            .GetValue<string>().Should().Be("Access Token has been revoked");
    }

    [Fact]
    public async Task RevokeToken_RevokesThatSessionOnly()
    {
        var user = await AccountTestUser.SignUpAsync(fixture.Stack, "revoke");
        var revoked = await user.Cognito.SignInAsync(user.Email, AccountTestUser.Password);
        var kept = await user.Cognito.SignInAsync(user.Email, AccountTestUser.Password);

        var (status, body) = await RevokeAsync(user, revoked.RefreshToken);

        status.Should().Be(200);
        body.ToJsonString().Should().Be("{}");
        (await user.RefreshAsync(revoked.RefreshToken)).Body["message"]!.GetValue<string>().Should().Be("Refresh Token has been revoked");
        (await user.GetUserAsync(revoked.AccessToken)).Body["message"]!.GetValue<string>().Should().Be("Access Token has been revoked");
        (await user.RefreshAsync(kept.RefreshToken)).Status.Should().Be(200);
        (await user.GetUserAsync(kept.AccessToken)).Status.Should().Be(200);
    }

    [Fact]
    public async Task RevokeToken_RefusesAnAccessToken_AndAnswersAnUnknownTokenLikeAKnownOne()
    {
        var user = await AccountTestUser.SignUpAsync(fixture.Stack, "revoke-kind");
        var tokens = await user.Cognito.SignInAsync(user.Email, AccountTestUser.Password);

        var (_, access) = await RevokeAsync(user, tokens.AccessToken);
        var (unknownStatus, unknown) = await RevokeAsync(user, "bm90LWEtcmVhbC1yZWZyZXNoLXRva2Vu");
        var (_, otherClient) = await user.CallAsync("RevokeToken", new JsonObject { ["Token"] = tokens.RefreshToken, ["ClientId"] = "someotherclient" });

        access["__type"]!.GetValue<string>().Should().Be("UnsupportedTokenTypeException");
        unknownStatus.Should().Be(200);
        unknown.ToJsonString().Should().Be("{}");
        otherClient["__type"]!.GetValue<string>().Should().Be("UnauthorizedException");
        (await user.RefreshAsync(tokens.RefreshToken)).Status.Should().Be(200);
    }

    private static Task<(int Status, JsonObject Body)> RevokeAsync(AccountTestUser user, string token) =>
        user.CallAsync("RevokeToken", new JsonObject { ["Token"] = token, ["ClientId"] = UserPool.ClientId });
}

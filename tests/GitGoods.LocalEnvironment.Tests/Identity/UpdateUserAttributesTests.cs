using System.Text.Json.Nodes;

namespace GitGoods.LocalEnvironment.Tests.Identity;

/// <summary>UpdateUserAttributes over HTTP: sign-up's validation, Cognito's errors, and new tokens carrying the change.</summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class UpdateUserAttributesTests(LocalEnvironmentFixture fixture)
{
    [Fact]
    public async Task NamePhoneAndAddress_AreSaved_AndTheNextTokensCarryThem()
    {
        var user = await AccountTestUser.SignUpAsync(fixture.Stack, "profile");
        var tokens = await user.Cognito.SignInAsync(user.Email, AccountTestUser.Password);

        var (status, body) = await UpdateAsync(user, tokens.AccessToken,
            ("name", "Renamed Tester"), ("phone_number", "+6598765432"), ("address", "1 Harbourfront Walk, Singapore 098585"));
        var (_, got) = await user.GetUserAsync(tokens.AccessToken);
        var (_, refreshed) = await user.RefreshAsync(tokens.RefreshToken);

        status.Should().Be(200);
        body.ToJsonString().Should().Be("""{"CodeDeliveryDetailsList":[]}""");
        AccountTestUser.Attributes(got).Should().Contain("name", "Renamed Tester").And.Contain("phone_number", "+6598765432")
            .And.Contain("address", "1 Harbourfront Walk, Singapore 098585").And.Contain("email", user.Email);
        var claims = TokenParts.Payload(refreshed["AuthenticationResult"]!["IdToken"]!.GetValue<string>());
        claims["name"]!.GetValue<string>().Should().Be("Renamed Tester");
        claims["address"]!["formatted"]!.GetValue<string>().Should().Be("1 Harbourfront Walk, Singapore 098585");
    }

    [Fact]
    public async Task EmptyValue_RemovesAnOptionalAttribute()
    {
        var user = await AccountTestUser.SignUpAsync(fixture.Stack, "profile-clear");
        var tokens = await user.Cognito.SignInAsync(user.Email, AccountTestUser.Password);
        await UpdateAsync(user, tokens.AccessToken, ("address", "2 Old Road"), ("phone_number", "+6591112222"));

        var (status, _) = await UpdateAsync(user, tokens.AccessToken, ("address", ""));
        var (_, got) = await user.GetUserAsync(tokens.AccessToken);

        status.Should().Be(200);
        AccountTestUser.Attributes(got).Should().NotContainKey("address").And.Contain("phone_number", "+6591112222");
    }

    [Theory]
    [InlineData("phone_number", "12345", "InvalidParameterException")]
    [InlineData("name", "", "InvalidParameterException")]
    [InlineData("custom:role", "admin", "InvalidParameterException")]
    [InlineData("nickname", "x", "InvalidParameterException")]
    [InlineData("email", "someone-else@example.test", "InvalidParameterException")]
    [InlineData("sub", "7d1f6a2e-0000-4000-8000-000000000003", "NotAuthorizedException")]
    [InlineData("email_verified", "false", "NotAuthorizedException")]
    [InlineData("cognito:groups", "admins", "NotAuthorizedException")]
    public async Task BadAttribute_IsRefused_AndChangesNothing(string name, string value, string errorType)
    {
        var user = await AccountTestUser.SignUpAsync(fixture.Stack, "profile-bad");
        var tokens = await user.Cognito.SignInAsync(user.Email, AccountTestUser.Password);

        var (status, body) = await UpdateAsync(user, tokens.AccessToken, ("address", "3 Should Not Save"), (name, value));
        var (_, got) = await user.GetUserAsync(tokens.AccessToken);

        status.Should().Be(400);
        body["__type"]!.GetValue<string>().Should().Be(errorType);
        AccountTestUser.Attributes(got).Should().NotContainKey("address").And.Contain("name", "Account Tester");
    }

    [Fact]
    public async Task SameEmail_IsAccepted()
    {
        var user = await AccountTestUser.SignUpAsync(fixture.Stack, "profile-email");
        var tokens = await user.Cognito.SignInAsync(user.Email, AccountTestUser.Password);

        var (status, _) = await UpdateAsync(user, tokens.AccessToken, ("email", user.Email.ToUpperInvariant()), ("name", "Same Mail"));

        status.Should().Be(200);
        AccountTestUser.Attributes((await user.GetUserAsync(tokens.AccessToken)).Body).Should().Contain("email", user.Email);
    }

    internal static Task<(int Status, JsonObject Body)> UpdateAsync(AccountTestUser user, string accessToken, params (string Name, string Value)[] attributes) =>
        user.CallAsync("UpdateUserAttributes", new JsonObject
        {
            ["AccessToken"] = accessToken,
            ["UserAttributes"] = new JsonArray([.. attributes.Select(a => (JsonNode)new JsonObject { ["Name"] = a.Name, ["Value"] = a.Value })]),
        });
}

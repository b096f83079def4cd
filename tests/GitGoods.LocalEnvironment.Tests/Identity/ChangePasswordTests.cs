using System.Text.Json.Nodes;

namespace GitGoods.LocalEnvironment.Tests.Identity;

/// <summary>ChangePassword over HTTP, with Cognito's errors.</summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class ChangePasswordTests(LocalEnvironmentFixture fixture)
{
    private const string NewPassword = "N3w-Passw0rd!x";

    [Fact]
    public async Task ChangePassword_ChangesIt()
    {
        var user = await AccountTestUser.SignUpAsync(fixture.Stack, "change");
        var tokens = await user.Cognito.SignInAsync(user.Email, AccountTestUser.Password);

        var (status, body) = await ChangeAsync(user, tokens.AccessToken, AccountTestUser.Password, NewPassword);

        status.Should().Be(200);
        body.ToJsonString().Should().Be("{}");
        (await user.Cognito.SignInAsync(user.Email, NewPassword)).IdToken.Should().NotBeNullOrEmpty();
        var old = () => user.Cognito.SignInAsync(user.Email, AccountTestUser.Password);
        await old.Should().ThrowAsync<InvalidOperationException>().WithMessage("*NotAuthorizedException*");
    }

    [Fact]
    public async Task WrongPreviousPassword_IsNotAuthorized_AndWeakProposedIsInvalidPassword()
    {
        var user = await AccountTestUser.SignUpAsync(fixture.Stack, "change-bad");
        var tokens = await user.Cognito.SignInAsync(user.Email, AccountTestUser.Password);

        var (_, wrong) = await ChangeAsync(user, tokens.AccessToken, "Wr0ng-Passw0rd!", NewPassword);
        var (_, weak) = await ChangeAsync(user, tokens.AccessToken, AccountTestUser.Password, "weakpassword");
        var (_, forged) = await ChangeAsync(user, tokens.AccessToken[..^4] + "AAAA", AccountTestUser.Password, NewPassword);

        wrong.ToJsonString().Should().Be("""{"__type":"NotAuthorizedException","message":"Incorrect username or password."}""");
        weak["__type"]!.GetValue<string>().Should().Be("InvalidPasswordException");
        forged["__type"]!.GetValue<string>().Should().Be("NotAuthorizedException");
        (await user.Cognito.SignInAsync(user.Email, AccountTestUser.Password)).IdToken.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task FiveWrongPreviousPasswords_AreLimitExceeded_EvenForTheRightOne()
    {
        var user = await AccountTestUser.SignUpAsync(fixture.Stack, "change-limit");
        var tokens = await user.Cognito.SignInAsync(user.Email, AccountTestUser.Password);
        for (var i = 0; i < 5; i++)
        {
            (await ChangeAsync(user, tokens.AccessToken, "Wr0ng-Passw0rd!", NewPassword)).Body["__type"]!.GetValue<string>().Should().Be("NotAuthorizedException");
        }

        var (status, limited) = await ChangeAsync(user, tokens.AccessToken, AccountTestUser.Password, NewPassword);

        status.Should().Be(400);
        limited.ToJsonString().Should().Be("""{"__type":"LimitExceededException","message":"Attempt limit exceeded, please try after some time."}""");
        (await user.Cognito.SignInAsync(user.Email, AccountTestUser.Password)).IdToken.Should().NotBeNullOrEmpty();
    }

    private static Task<(int Status, JsonObject Body)> ChangeAsync(AccountTestUser user, string accessToken, string previous, string proposed) =>
        user.CallAsync("ChangePassword", new JsonObject { ["AccessToken"] = accessToken, ["PreviousPassword"] = previous, ["ProposedPassword"] = proposed });
}

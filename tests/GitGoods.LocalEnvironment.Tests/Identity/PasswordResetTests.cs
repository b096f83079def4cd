using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.LocalEnvironment.Tests.Identity;

/// <summary>ForgotPassword and ConfirmForgotPassword over HTTP: the code in /local/outbox, Cognito's answers and errors.</summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class PasswordResetTests(LocalEnvironmentFixture fixture)
{
    private const string NewPassword = "N3w-Passw0rd!x";

    [Fact]
    public async Task ForgotPassword_MailsACode_ThatResetsThePassword_AndEndsEverySession()
    {
        var user = await AccountTestUser.SignUpAsync(fixture.Stack, "reset");
        var before = await user.Cognito.SignInAsync(user.Email, AccountTestUser.Password);

        var (status, forgot) = await user.ForgotAsync();
        var mail = (await user.MailAsync()).Single();
        var (confirmed, body) = await user.ConfirmAsync(await user.LatestCodeAsync(), NewPassword);

        status.Should().Be(200);
        forgot.ToJsonString().Should().Be("""{"CodeDeliveryDetails":{"Destination":"r***@e***","DeliveryMedium":"EMAIL","AttributeName":"email"}}""");
        mail["channel"]!.GetValue<string>().Should().Be("email");
        mail["subject"]!.GetValue<string>().Should().Contain("password reset code");
        confirmed.Should().Be(200);
        body.ToJsonString().Should().Be("{}");
        (await user.Cognito.SignInAsync(user.Email, NewPassword)).AccessToken.Should().NotBeNullOrEmpty();
        var oldPassword = () => user.Cognito.SignInAsync(user.Email, AccountTestUser.Password);
        await oldPassword.Should().ThrowAsync<InvalidOperationException>().WithMessage("*NotAuthorizedException*");
        (await user.RefreshAsync(before.RefreshToken)).Body["message"]!.GetValue<string>().Should().Be("Refresh Token has been revoked");
        (await user.GetUserAsync(before.AccessToken)).Body["message"]!.GetValue<string>().Should().Be("Access Token has been revoked");
    }

    [Fact]
    public async Task UnknownUser_GetsTheSameAnswer_AndNoMail()
    {
        var email = $"nobody-{Guid.NewGuid():N}@example.test";
        var known = await AccountTestUser.SignUpAsync(fixture.Stack, "known");
        var nobody = new AccountTestUser(fixture.Client, fixture.Stack.Identity, email);

        var (unknownStatus, unknown) = await nobody.ForgotAsync();
        var (_, knownAnswer) = await known.ForgotAsync();
        var (confirm, refused) = await nobody.ConfirmAsync("123456", NewPassword);

        unknownStatus.Should().Be(200);
        unknown["CodeDeliveryDetails"]!["Destination"]!.GetValue<string>().Should().Be("n***@e***");
        unknown["CodeDeliveryDetails"]!.AsObject().Select(p => p.Key).Should().Equal(knownAnswer["CodeDeliveryDetails"]!.AsObject().Select(p => p.Key));
        (await nobody.MailAsync()).Should().BeEmpty();
        confirm.Should().Be(400);
        refused["__type"]!.GetValue<string>().Should().Be("CodeMismatchException");
    }

    [Fact]
    public async Task WrongCode_IsCodeMismatch_AndTheCodeIsSpentAfterFiveWrongOnes()
    {
        var user = await AccountTestUser.SignUpAsync(fixture.Stack, "mismatch");
        await user.ForgotAsync();
        var code = await user.LatestCodeAsync();
        var wrong = code == "000000" ? "111111" : "000000";

        var mismatches = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            mismatches.Add((await user.ConfirmAsync(wrong, NewPassword)).Body["__type"]!.GetValue<string>());
        }

        var (status, limited) = await user.ConfirmAsync(code, NewPassword);
        await user.ForgotAsync();
        var (fresh, _) = await user.ConfirmAsync(await user.LatestCodeAsync(), NewPassword);

        mismatches.Should().AllBe("CodeMismatchException");
        status.Should().Be(400);
        limited["__type"]!.GetValue<string>().Should().Be("LimitExceededException");
        fresh.Should().Be(200);
    }

    [Fact]
    public async Task Code_IsSingleUse_AndAWeakPasswordKeepsIt()
    {
        var user = await AccountTestUser.SignUpAsync(fixture.Stack, "single");
        await user.ForgotAsync();
        var code = await user.LatestCodeAsync();

        var (_, weak) = await user.ConfirmAsync(code, "short1!A");
        var (first, _) = await user.ConfirmAsync(code, NewPassword);
        var (_, again) = await user.ConfirmAsync(code, "An0ther-Passw0rd!");

        weak["__type"]!.GetValue<string>().Should().Be("InvalidPasswordException");
        first.Should().Be(200);
        again["__type"]!.GetValue<string>().Should().Be("ExpiredCodeException");
        (await user.Cognito.SignInAsync(user.Email, NewPassword)).IdToken.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Code_ExpiresAfterAnHour()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var stack = await LocalEnvironmentHost.StartAsync(new LocalEnvironmentHostOptions
        {
            DynamoDbEndpoint = fixture.DynamoDb.Endpoint, TableName = "reset-expiry-" + Guid.NewGuid().ToString("N"), Time = clock,
        });
        var user = await AccountTestUser.SignUpAsync(stack, "expiry");
        await user.ForgotAsync();
        var code = await user.LatestCodeAsync();

        clock.Advance(TimeSpan.FromHours(1));
        var (status, expired) = await user.ConfirmAsync(code, NewPassword);

        status.Should().Be(400);
        expired["__type"]!.GetValue<string>().Should().Be("ExpiredCodeException");
        (await user.Cognito.SignInAsync(user.Email, AccountTestUser.Password)).IdToken.Should().NotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("ForgotPassword", """{"ClientId":"wrongclient","Username":"shopper@gitgoods.local"}""", "ResourceNotFoundException")]
    [InlineData("ForgotPassword", """{"ClientId":"gitgoodslocalspaclient0001"}""", "InvalidParameterException")]
    [InlineData("ConfirmForgotPassword", """{"ClientId":"gitgoodslocalspaclient0001","Username":"shopper@gitgoods.local","Password":"N3w-Passw0rd!x"}""", "InvalidParameterException")]
    [InlineData("ConfirmForgotPassword", """{"ClientId":"gitgoodslocalspaclient0001","Username":"shopper@gitgoods.local","ConfirmationCode":"123456","Password":"N3w-Passw0rd!x"}""", "ExpiredCodeException")]
    public async Task BadRequests_AreCognitosErrors(string action, string body, string errorType)
    {
        var (status, error) = await fixture.Stack.Identity.CallAsync(action, JsonNode.Parse(body)!.AsObject());

        status.Should().Be(400);
        error["__type"]!.GetValue<string>().Should().Be(errorType);
    }
}

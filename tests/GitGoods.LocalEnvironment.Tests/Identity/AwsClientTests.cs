using System.Diagnostics;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.TestSupport;

namespace GitGoods.LocalEnvironment.Tests.Identity;

/// <summary>
/// Real AWS clients against the running stack's identity endpoint: boto3 runs the whole account flow
/// (boto3/accounts_flow.py), and the AWS CLI calls an Admin operation signed, and unsigned.
/// </summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class AwsClientTests(LocalEnvironmentFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Boto3_RunsTheAccountFlow()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Identity", "boto3", "accounts_flow.py");

        var result = await ExternalProgram.RunAsync("python3", [script, fixture.Stack.BaseAddress.ToString()], Deadline, WithAdminKey);

        result.ExitCode.Should().Be(0, result.Stdout + result.Stderr);
        result.Stdout.Should().Contain("ok  global_sign_out, then refresh and get_user refused")
            .And.Contain("ok  admin_add_user_to_group signed with the stack's admin key: accepted").And.EndWith("accounts flow: OK\n");
    }

    [Fact]
    public async Task AwsCli_AdminAddUserToGroup_IsAcceptedSigned_AndRefusedUnsigned()
    {
        var user = await AccountTestUser.SignUpAsync(fixture.Stack, "cli");
        string[] call =
        [
            "--region", UserPool.Region, "--endpoint-url", fixture.Stack.BaseAddress + "cognito", "cognito-idp", "admin-add-user-to-group",
            "--user-pool-id", UserPool.Id, "--username", user.Email, "--group-name", GitGoods.Identity.Groups.Business,
        ];

        var unsigned = await ExternalProgram.RunAsync("aws", ["--no-sign-request", .. call], Deadline, WithAdminKey);
        var before = TokenParts.Payload((await user.Cognito.SignInAsync(user.Email, AccountTestUser.Password)).IdToken);
        var signed = await ExternalProgram.RunAsync("aws", call, Deadline, WithAdminKey);
        var after = TokenParts.Payload((await user.Cognito.SignInAsync(user.Email, AccountTestUser.Password)).IdToken);

        unsigned.ExitCode.Should().NotBe(0);
        unsigned.Stderr.Should().Contain("(MissingAuthenticationTokenException)");
        before.ContainsKey("cognito:groups").Should().BeFalse();
        signed.ExitCode.Should().Be(0, signed.Stderr);
        after["cognito:groups"]!.AsArray().Select(g => g!.GetValue<string>()).Should().Equal(GitGoods.Identity.Groups.Business);
    }

    [Fact]
    public async Task AwsCli_ForgotPassword_AnswersCognitosShape()
    {
        var user = await AccountTestUser.SignUpAsync(fixture.Stack, "cli-forgot");

        var result = await ExternalProgram.RunAsync("aws",
            ["--no-sign-request", "--region", UserPool.Region, "--endpoint-url", fixture.Stack.BaseAddress + "cognito", "--output", "json",
             "cognito-idp", "forgot-password", "--client-id", UserPool.ClientId, "--username", user.Email], Deadline, WithAdminKey);

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("\"Destination\": \"c***@e***\"").And.Contain("\"DeliveryMedium\": \"EMAIL\"");
        (await user.LatestCodeAsync()).Should().MatchRegex("^[0-9]{6}$");
    }

    // Only the stack's admin key: no profile, config file or instance metadata of the machine.
    private void WithAdminKey(ProcessStartInfo start)
    {
        var admin = fixture.Stack.Identity.Admin!;
        start.Environment["AWS_ACCESS_KEY_ID"] = admin.AccessKeyId;
        start.Environment["AWS_SECRET_ACCESS_KEY"] = admin.SecretAccessKey;
        start.Environment.Remove("AWS_SESSION_TOKEN");
        start.Environment.Remove("AWS_PROFILE");
        start.Environment["AWS_CONFIG_FILE"] = "/nonexistent/aws-config";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/aws-credentials";
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        start.Environment["AWS_PAGER"] = "";
    }
}

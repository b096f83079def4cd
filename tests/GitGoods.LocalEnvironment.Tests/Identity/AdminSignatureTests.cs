using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.LocalEnvironment.Identity.Cognito;
using GitGoods.LocalEnvironment.Startup;
using GitGoods.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GitGoods.LocalEnvironment.Tests.Identity;

/// <summary>Cognito's Admin* operations over HTTP: refused unless SigV4-signed with the stack's admin key, as AWS refuses them.</summary>
[Collection(LocalEnvironmentTests.Name)]
public sealed class AdminSignatureTests(LocalEnvironmentFixture fixture)
{
    private CognitoClient Cognito => fixture.Stack.Identity;

    private AdminCredentials Admin => Cognito.Admin!;

    [Fact]
    public async Task Signed_IsAccepted_AndTheUserJoinsTheGroup()
    {
        var user = await AccountTestUser.SignUpAsync(fixture.Stack, "admin-signed");

        var (status, body) = await Cognito.CallAsync("AdminAddUserToGroup", Group(user.Email, "sellers"), Admin);

        status.Should().Be(200, body.ToJsonString());
        Groups((await Cognito.SignInAsync(user.Email, AccountTestUser.Password)).IdToken).Should().Equal("sellers");
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "unsigned", "MissingAuthenticationTokenException" },
        { "wrong secret", "InvalidSignatureException" },
        { "unknown key", "UnrecognizedClientException" },
        { "body changed after signing", "InvalidSignatureException" },
        { "signed six minutes ago", "InvalidSignatureException" },
        { "signed for another region", "InvalidSignatureException" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task BadlySigned_IsRefused_AndChangesNothing(string how, string errorType)
    {
        var user = await AccountTestUser.SignUpAsync(fixture.Stack, "admin-refused");

        var (status, body) = await SendAsync(how, "AdminAddUserToGroup", Group(user.Email, "admins"));

        status.Should().Be(400);
        body["__type"]!.GetValue<string>().Should().Be(errorType, how);
        body["message"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        Groups((await Cognito.SignInAsync(user.Email, AccountTestUser.Password)).IdToken).Should().BeEmpty();
    }

    [Fact]
    public async Task UnsignedAdminConfirmSignUp_IsRefused()
    {
        var (status, body) = await Cognito.CallAsync("AdminConfirmSignUp", new JsonObject { ["UserPoolId"] = UserPool.Id, ["Username"] = "shopper@gitgoods.local" }, signWith: null);

        status.Should().Be(400);
        body.ToJsonString().Should().Be("""{"__type":"MissingAuthenticationTokenException","message":"Missing Authentication Token"}""");
    }

    [Theory]
    [InlineData("AdminAddUserToGroup", """{"UserPoolId":"ap-southeast-1_GitGoodsLocal","Username":"shopper@gitgoods.local","GroupName":"superusers"}""", "ResourceNotFoundException")]
    [InlineData("AdminAddUserToGroup", """{"UserPoolId":"ap-southeast-1_Other","Username":"shopper@gitgoods.local","GroupName":"sellers"}""", "ResourceNotFoundException")]
    [InlineData("AdminConfirmSignUp", """{"UserPoolId":"ap-southeast-1_GitGoodsLocal","Username":"nobody@example.test"}""", "UserNotFoundException")]
    [InlineData("AdminDeleteUser", """{"UserPoolId":"ap-southeast-1_GitGoodsLocal","Username":"nobody@example.test"}""", "UnknownOperationException")]
    public async Task SignedButWrong_GetsCognitosError(string action, string body, string errorType)
    {
        var (status, error) = await Cognito.CallAsync(action, JsonNode.Parse(body)!.AsObject(), Admin);

        status.Should().Be(400);
        error["__type"]!.GetValue<string>().Should().Be(errorType);
    }

    [Fact]
    public async Task AdminKey_IsKeptOwnerOnlyInTheStateFolder_AndTheSameAfterARestart()
    {
        var state = Path.Combine(Path.GetTempPath(), "gitgoods-admin-key-" + Guid.NewGuid().ToString("N"));
        var options = new LocalEnvironmentHostOptions { DynamoDbEndpoint = fixture.DynamoDb.Endpoint, TableName = "admin-key-" + Guid.NewGuid().ToString("N"), StateDirectory = state };
        AdminCredentials first;
        await using (var stack = await LocalEnvironmentHost.StartAsync(options))
        {
            first = stack.Identity.Admin!;
            var example = stack.Services.GetRequiredService<ReadyBanner>().AdminExample("http://127.0.0.1:5080");
            example.Should().Be($"AWS_ACCESS_KEY_ID={first.AccessKeyId} AWS_SECRET_ACCESS_KEY={first.SecretAccessKey} aws --region ap-southeast-1 " +
                "--endpoint-url http://127.0.0.1:5080/cognito cognito-idp admin-add-user-to-group --user-pool-id ap-southeast-1_GitGoodsLocal " +
                "--username shopper@gitgoods.local --group-name sellers");
        }

        await using var restarted = await LocalEnvironmentHost.StartAsync(options);
        var file = Path.Combine(state, "identity", AdminCredentials.FileName);

        first.AccessKeyId.Should().MatchRegex("^AKIA[A-Z2-7]{16}$");
        first.SecretAccessKey.Should().HaveLength(40);
        first.ToString().Should().NotContain(first.SecretAccessKey);
        restarted.Identity.Admin.Should().Be(first);
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(file).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        AdminCredentials.LoadOrCreate(Path.Combine(Path.GetTempPath(), "gitgoods-other-" + Guid.NewGuid().ToString("N"))).Should().NotBe(first);
    }

    private async Task<(int Status, JsonObject Body)> SendAsync(string how, string action, JsonObject request)
    {
        var body = SigV4Signer.Utf8(request.ToJsonString());
        var signedBody = how == "body changed after signing" ? SigV4Signer.Utf8(Group("someone@example.test", "admins").ToJsonString()) : body;
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(fixture.Stack.BaseAddress, "/cognito/")) { Content = content };
        message.Headers.Add("X-Amz-Target", "AWSCognitoIdentityProviderService." + action);
        var key = how switch
        {
            "wrong secret" => Admin with { SecretAccessKey = new string('x', 40) },
            "unknown key" => new AdminCredentials("AKIAUNKNOWNUNKNOWN00", Admin.SecretAccessKey),
            _ => Admin,
        };
        if (how != "unsigned")
        {
            var at = how == "signed six minutes ago" ? DateTimeOffset.UtcNow.AddMinutes(-6) : DateTimeOffset.UtcNow;
            SigV4Signer.Sign(message, signedBody, key, at, how == "signed for another region" ? "us-east-1" : UserPool.Region);
        }

        using var response = await fixture.Client.SendAsync(message);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private static JsonObject Group(string email, string group) => new() { ["UserPoolId"] = UserPool.Id, ["Username"] = email, ["GroupName"] = group };

    private static IEnumerable<string> Groups(string idToken) =>
        TokenParts.Payload(idToken)["cognito:groups"]?.AsArray().Select(g => g!.GetValue<string>()) ?? [];
}

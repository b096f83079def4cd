using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.TestSupport;

namespace GitGoods.LocalEnvironment.Tests.Identity;

/// <summary>A fresh user of a stack, and the calls the account tests make as that user.</summary>
internal sealed partial class AccountTestUser(HttpClient client, CognitoClient cognito, string email)
{
    public const string Password = "Corr3ct-Horse!";

    public string Email { get; } = email;

    public CognitoClient Cognito { get; } = cognito;

    public static async Task<AccountTestUser> SignUpAsync(LocalEnvironmentHost stack, string prefix = "account")
    {
        var user = new AccountTestUser(stack.Client, stack.Identity, $"{prefix}-{Guid.NewGuid():N}@example.test");
        var (status, body) = await stack.Identity.SignUpAsync(user.Email, Password, "Account Tester");
        status.Should().Be(200, body.ToJsonString());
        return user;
    }

    public Task<(int Status, JsonObject Body)> CallAsync(string action, JsonObject request) => Cognito.CallAsync(action, request);

    public Task<(int Status, JsonObject Body)> ForgotAsync() =>
        CallAsync("ForgotPassword", new JsonObject { ["ClientId"] = UserPool.ClientId, ["Username"] = Email });

    public Task<(int Status, JsonObject Body)> ConfirmAsync(string code, string password) =>
        CallAsync("ConfirmForgotPassword", new JsonObject
        {
            ["ClientId"] = UserPool.ClientId, ["Username"] = Email, ["ConfirmationCode"] = code, ["Password"] = password,
        });

    public Task<(int Status, JsonObject Body)> RefreshAsync(string refreshToken) =>
        CallAsync("InitiateAuth", new JsonObject
        {
            ["AuthFlow"] = "REFRESH_TOKEN_AUTH", ["ClientId"] = UserPool.ClientId,
            ["AuthParameters"] = new JsonObject { ["REFRESH_TOKEN"] = refreshToken },
        });

    public Task<(int Status, JsonObject Body)> GetUserAsync(string accessToken) =>
        CallAsync("GetUser", new JsonObject { ["AccessToken"] = accessToken });

    /// <summary>The e-mails the stack "sent" to this user, newest first.</summary>
    public async Task<IReadOnlyList<JsonObject>> MailAsync()
    {
        var outbox = JsonNode.Parse(await client.GetStringAsync("/local/outbox?limit=500"))!["items"]!.AsArray();
        return [.. outbox.Select(m => m!.AsObject()).Where(m => string.Equals(m["to"]?.GetValue<string>(), Email, StringComparison.Ordinal))];
    }

    /// <summary>The code in the newest password-reset e-mail to this user.</summary>
    public async Task<string> LatestCodeAsync()
    {
        var mail = (await MailAsync())[0];
        return Code().Match(mail["body"]!.GetValue<string>()).Value;
    }

    public static IReadOnlyDictionary<string, string> Attributes(JsonObject getUser) =>
        getUser["UserAttributes"]!.AsArray().ToDictionary(a => a!["Name"]!.GetValue<string>(), a => a!["Value"]!.GetValue<string>(), StringComparer.Ordinal);

    [GeneratedRegex(@"\b\d{6}\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Code();
}

using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.LocalEnvironment.Identity.Cognito;

namespace GitGoods.TestSupport;

/// <summary>
/// Speaks the Cognito JSON 1.1 protocol to the stack's <c>/cognito/</c>, as the AWS SDK does: Admin* calls are
/// SigV4-signed with the stack's admin key (<paramref name="admin"/>, when known), as an SDK with IAM credentials signs them.
/// </summary>
public sealed class CognitoClient(HttpClient client, AdminCredentials? admin = null, TimeProvider? time = null)
{
    /// <summary>The stack's admin key (from its state folder), or null when the client does not know it.</summary>
    public AdminCredentials? Admin => admin;

    /// <summary>Calls <paramref name="action"/>; the response is returned whatever its status. Admin* calls are signed.</summary>
    public Task<(int Status, JsonObject Body)> CallAsync(string action, JsonObject request) =>
        CallAsync(action, request, action.StartsWith("Admin", StringComparison.Ordinal) ? admin : null);

    /// <summary>Calls <paramref name="action"/>, signed with <paramref name="signWith"/> (null: unsigned), whatever the action.</summary>
    public async Task<(int Status, JsonObject Body)> CallAsync(string action, JsonObject request, AdminCredentials? signWith)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = SigV4Signer.Utf8(request.ToJsonString());
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(client.BaseAddress!, "/cognito/")) { Content = content };
        message.Headers.Add("X-Amz-Target", "AWSCognitoIdentityProviderService." + action);
        if (signWith is not null)
        {
            SigV4Signer.Sign(message, body, signWith, (time ?? TimeProvider.System).GetUtcNow());
        }

        using var response = await client.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? [] : JsonNode.Parse(text) as JsonObject ?? []);
    }

    /// <summary>Signs in with USER_PASSWORD_AUTH and returns the tokens.</summary>
    /// <exception cref="InvalidOperationException">When Cognito refuses the sign-in.</exception>
    public async Task<SignedIn> SignInAsync(string email, string password = DemoUsers.Password)
    {
        var (status, body) = await CallAsync("InitiateAuth", new JsonObject
        {
            ["AuthFlow"] = "USER_PASSWORD_AUTH",
            ["ClientId"] = UserPool.ClientId,
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = email, ["PASSWORD"] = password },
        });
        if (status != 200)
        {
            throw new InvalidOperationException($"Sign-in refused: {body["__type"]}");
        }

        var result = body["AuthenticationResult"]!;
        return new SignedIn(result["IdToken"]!.GetValue<string>(), result["AccessToken"]!.GetValue<string>(),
            result["RefreshToken"]!.GetValue<string>());
    }

    /// <summary>Signs up a confirmed user with the required attributes (and optional phone).</summary>
    public Task<(int Status, JsonObject Body)> SignUpAsync(string email, string password, string name, string? phone = null)
    {
        var attributes = new JsonArray(Attribute("email", email), Attribute("name", name));
        if (phone is not null)
        {
            attributes.Add(Attribute("phone_number", phone));
        }

        return CallAsync("SignUp", new JsonObject
        {
            ["ClientId"] = UserPool.ClientId,
            ["Username"] = email,
            ["Password"] = password,
            ["UserAttributes"] = attributes,
        });
    }

    /// <summary>Adds a user to a group (as an administrator would with AdminAddUserToGroup).</summary>
    public Task<(int Status, JsonObject Body)> AddToGroupAsync(string email, string group) =>
        CallAsync("AdminAddUserToGroup", new JsonObject { ["UserPoolId"] = UserPool.Id, ["Username"] = email, ["GroupName"] = group });

    private static JsonObject Attribute(string name, string value) => new() { ["Name"] = name, ["Value"] = value };
}

/// <summary>The tokens of a signed-in user.</summary>
public sealed record SignedIn(string IdToken, string AccessToken, string RefreshToken);

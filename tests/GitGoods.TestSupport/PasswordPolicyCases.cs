using System.Text.Json.Nodes;

namespace GitGoods.TestSupport;

/// <summary>
/// <c>tests/password-policy-cases.json</c>: sample passwords with Cognito's verdict, and the policy's values, shared
/// by the C# parity tests and the SPA's vitest (copied next to each test assembly).
/// </summary>
public static class PasswordPolicyCases
{
    private static readonly Lazy<JsonObject> Document = new(() =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "password-policy-cases.json")))!);

    /// <summary>The policy as <c>/config.json</c> states it (<c>minimumLength</c>, <c>requireUppercase</c>, ...).</summary>
    public static JsonObject Policy => Document.Value["policy"]!.AsObject();

    public static IReadOnlyList<PasswordCase> All =>
    [
        .. Document.Value["cases"]!.AsArray().Select(c => new PasswordCase(
            c!["name"]!.GetValue<string>(), c["password"]!.GetValue<string>(), c["valid"]!.GetValue<bool>(), c["reason"]?.GetValue<string>())),
    ];
}

/// <summary>One sample password: whether Cognito accepts it and, if not, a fragment of Cognito's message.</summary>
public sealed record PasswordCase(string Name, string Password, bool Valid, string? Reason);

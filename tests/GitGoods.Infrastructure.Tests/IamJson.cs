using System.Text.Json;

namespace GitGoods.Infrastructure.Tests;

/// <summary>Reading IAM statements from synthesized JSON: actions and resources may be a string or an array.</summary>
internal static class IamJson
{
    public static IReadOnlyList<string> Actions(JsonElement statement) => Strings(statement.GetProperty("Action"));

    /// <summary>Resources as raw JSON text, so intrinsic functions (GetAtt, Join) can be searched for a logical id.</summary>
    public static IReadOnlyList<string> Resources(JsonElement statement)
    {
        var resource = statement.GetProperty("Resource");
        return resource.ValueKind == JsonValueKind.Array
            ? [.. resource.EnumerateArray().Select(e => e.GetRawText())]
            : [resource.GetRawText()];
    }

    public static bool MentionsResource(JsonElement statement, string logicalId) =>
        Resources(statement).Any(r => r.Contains($"\"{logicalId}\"", StringComparison.Ordinal));

    public static bool IsAllow(JsonElement statement) =>
        string.Equals(statement.GetProperty("Effect").GetString(), "Allow", StringComparison.Ordinal);

    public static IReadOnlyList<string> Strings(JsonElement stringOrArray) =>
        stringOrArray.ValueKind == JsonValueKind.Array
            ? [.. stringOrArray.EnumerateArray().Select(e => e.GetString()!)]
            : [stringOrArray.GetString()!];
}

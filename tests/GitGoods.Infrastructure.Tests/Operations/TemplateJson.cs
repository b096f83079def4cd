using System.Text.Json;

namespace GitGoods.Infrastructure.Tests.Operations;

/// <summary>Reading synthesized templates as JSON, nested stacks' included.</summary>
internal static class TemplateJson
{
    public const string Alarm = "AWS::CloudWatch::Alarm";
    public const string CompositeAlarm = "AWS::CloudWatch::CompositeAlarm";

    /// <summary>The template's resources of the given types, by logical id.</summary>
    public static IEnumerable<(string Id, JsonElement Properties)> Resources(JsonElement template, params string[] types) =>
        template.GetProperty("Resources").EnumerateObject()
            .Where(r => types.Contains(r.Value.GetProperty("Type").GetString(), StringComparer.Ordinal))
            .Select(r => (r.Name, r.Value.GetProperty("Properties")));

    /// <summary>A Fn::Join of strings and intrinsic functions as one string, each intrinsic written as its compact JSON.</summary>
    public static string Joined(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? value.GetString()!
        : string.Concat(value.GetProperty("Fn::Join")[1].EnumerateArray()
            .Select(part => part.ValueKind == JsonValueKind.String ? part.GetString() : part.Compact()));
}

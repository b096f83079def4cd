using System.Text.Json;

using Amazon.CDK;

using Constructs;

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

    /// <summary>The logical id of an L1 resource or of an L2 construct's default child, in whichever stack (nested too) holds it.</summary>
    public static string LogicalId(IConstruct construct)
    {
        var resource = construct as CfnElement ?? construct.Node.DefaultChild as CfnElement
            ?? throw new InvalidOperationException($"{construct.Node.Path} has no CloudFormation resource as its default child.");
        var owner = Stack.Of(resource);
        return (string)owner.Resolve(owner.GetLogicalId(resource));
    }

    /// <summary>A Fn::Join of strings and intrinsic functions as one string, each intrinsic written as its compact JSON.</summary>
    public static string Joined(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? value.GetString()!
        : string.Concat(value.GetProperty("Fn::Join")[1].EnumerateArray()
            .Select(part => part.ValueKind == JsonValueKind.String ? part.GetString() : part.Compact()));
}

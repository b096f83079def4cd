using System.Text.Json;

using GitGoods.Infrastructure.Functions;

namespace GitGoods.Infrastructure.Tests.Deployments;

/// <summary>Finding the <see cref="ShopFunction.LiveAliasName"/> aliases of a synthesized stack, and what refers to them.</summary>
internal static class LiveAliases
{
    public const string Alias = "AWS::Lambda::Alias";

    /// <summary>The logical id of the live alias of the function whose handler is the manifest name.</summary>
    public static string AliasLogicalId(this SynthesizedGitGoods stack, string manifestName) =>
        stack.TemplateOf(manifestName).AliasLogicalId(manifestName);

    /// <summary>The logical id of the live alias of the function whose handler is the manifest name, in <paramref name="stack"/>'s template.</summary>
    public static string AliasLogicalId(this SynthesizedTemplate stack, string manifestName)
    {
        var functionId = stack.FunctionLogicalId(manifestName);
        return stack.Resources(Alias)
            .Single(a => a.Value.GetProperty("Properties").GetProperty("FunctionName").TryGetProperty("Ref", out var f)
                && f.GetString() == functionId
                && a.Value.GetProperty("Properties").GetProperty("Name").GetString() == ShopFunction.LiveAliasName)
            .Key;
    }

    /// <summary>The function logical id an alias belongs to.</summary>
    public static string FunctionOfAlias(this SynthesizedGitGoods stack, string aliasLogicalId) =>
        stack.Resources(Alias)[aliasLogicalId].GetProperty("Properties").GetProperty("FunctionName").GetProperty("Ref").GetString()!;

    /// <summary>
    /// The logical id of the function or alias an invocation target names: <c>Ref</c> (an alias's ARN), <c>Fn::GetAtt [id, "Arn"]</c>
    /// (a function's ARN), or the qualified name a stream mapping gets, <c>Fn::Join</c> of the name taken from the alias's ARN
    /// and <c>:live</c>. Null for anything else.
    /// </summary>
    public static string? NamedLogicalId(JsonElement target)
    {
        if (target.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (target.TryGetProperty("Ref", out var reference))
        {
            return reference.GetString();
        }

        if (target.TryGetProperty("Fn::GetAtt", out var getAtt))
        {
            return getAtt[1].GetString() == "Arn" ? getAtt[0].GetString() : null;
        }

        return target.TryGetProperty("Fn::Join", out var join)
            && join[1].EnumerateArray().Last().GetString() == ":" + ShopFunction.LiveAliasName
            && join[1][0].TryGetProperty("Fn::Select", out var select)
            && select[1].TryGetProperty("Fn::Split", out var split)
            ? NamedLogicalId(split[1])
            : null;
    }
}

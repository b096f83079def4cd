using System.Text.Json;

using Amazon.CDK;
using Amazon.CDK.Assertions;

using Constructs;

namespace GitGoods.Infrastructure.Tests;

/// <summary>
/// One synthesized template that holds manifest functions: the main stack's, or a nested stack's (the waiting room's), with
/// the questions the function tests ask of it. <see cref="SynthesizedGitGoods.TemplateOf"/> gives the template of a function.
/// </summary>
public sealed class SynthesizedTemplate
{
    private readonly SynthesizedGitGoods _app;
    private readonly System.Lazy<Template> _template;

    internal SynthesizedTemplate(SynthesizedGitGoods app, Stack stack, JsonElement json)
    {
        _app = app;
        Stack = stack;
        Json = json;
        _template = new(() => stack == app.Stack ? app.Template : Template.FromStack(stack));
    }

    /// <summary>The stack (a <see cref="NestedStack"/> for a nested template).</summary>
    public Stack Stack { get; }

    /// <summary>True for the main stack's own template.</summary>
    public bool IsMain => Stack is not NestedStack;

    /// <summary>The template for the CDK assertion matchers.</summary>
    public Template Template => _template.Value;

    /// <summary>The template as JSON.</summary>
    public JsonElement Json { get; }

    /// <summary>Resources of a CloudFormation type, by logical id.</summary>
    public IReadOnlyDictionary<string, JsonElement> Resources(string type) =>
        Json.GetProperty("Resources").EnumerateObject()
            .Where(r => string.Equals(r.Value.GetProperty("Type").GetString(), type, StringComparison.Ordinal))
            .ToDictionary(r => r.Name, r => r.Value, StringComparer.Ordinal);

    /// <summary>The logical id of a construct's resource in this template.</summary>
    public string LogicalId(IConstruct construct)
    {
        var id = _app.LogicalId(construct);
        var owner = Amazon.CDK.Stack.Of(construct);
        return owner == Stack ? id : throw new InvalidOperationException($"{construct.Node.Path} is not in {Stack.Node.Path}'s template.");
    }

    /// <summary>
    /// How this template refers to <paramref name="construct"/>'s resource (its Ref): the logical id in its own template, the
    /// parameter the main stack fills with that Ref in a nested one.
    /// </summary>
    public string RefName(IConstruct construct)
    {
        var owner = Amazon.CDK.Stack.Of(construct as CfnElement ?? construct.Node.DefaultChild as CfnElement ?? throw new InvalidOperationException(construct.Node.Path));
        if (owner == Stack)
        {
            return LogicalId(construct);
        }

        var mainId = _app.LogicalId(construct);
        var nested = (NestedStack)Stack;
        var parameters = _app.Resources("AWS::CloudFormation::Stack")[_app.LogicalId(nested.NestedStackResource!)]
            .GetProperty("Properties").GetProperty("Parameters");
        return parameters.EnumerateObject()
            .Single(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("Ref", out var r) && r.GetString() == mainId).Name;
    }

    /// <summary>
    /// A value of this template as compact JSON, a nested template's parameter replaced by what the main stack fills it with
    /// (e.g. the Fn::GetAtt of another nested stack's output): where the value comes from, whichever template holds it.
    /// </summary>
    public string Resolve(JsonElement value)
    {
        if (IsMain || !value.TryGetProperty("Ref", out var reference) || !Json.TryGetProperty("Parameters", out var declared)
            || !declared.TryGetProperty(reference.GetString()!, out _))
        {
            return value.Compact();
        }

        return _app.Resources("AWS::CloudFormation::Stack")[_app.LogicalId(((NestedStack)Stack).NestedStackResource!)]
            .GetProperty("Properties").GetProperty("Parameters").GetProperty(reference.GetString()!).Compact();
    }

    /// <summary>
    /// <paramref name="value"/> as compact JSON with every parameter of a nested template, however deep (in a Fn::Join …),
    /// replaced by what the main stack fills it with: text to search for the main stack's logical ids.
    /// </summary>
    public string ResolvedText(JsonElement value)
    {
        if (IsMain)
        {
            return value.Compact();
        }

        return value.ValueKind switch
        {
            JsonValueKind.Object when value.TryGetProperty("Ref", out _) => Resolve(value),
            JsonValueKind.Object => "{" + string.Join(",", value.EnumerateObject()
                .Select(p => JsonSerializer.Serialize(p.Name) + ":" + ResolvedText(p.Value))) + "}",
            JsonValueKind.Array => "[" + string.Join(",", value.EnumerateArray().Select(ResolvedText)) + "]",
            _ => value.GetRawText(),
        };
    }

    /// <summary>The logical id of the Lambda function whose handler is the manifest name.</summary>
    public string FunctionLogicalId(string manifestName) =>
        Resources("AWS::Lambda::Function")
            .Single(f => string.Equals(f.Value.GetProperty("Properties").GetProperty("Handler").GetString(), manifestName, StringComparison.Ordinal)).Key;

    /// <summary>True if this template holds the function whose handler is the manifest name.</summary>
    public bool HoldsFunction(string manifestName) =>
        Resources("AWS::Lambda::Function").Values
            .Any(f => string.Equals(f.GetProperty("Properties").GetProperty("Handler").GetString(), manifestName, StringComparison.Ordinal));

    /// <summary>The logical id of the IAM role a manifest function runs as.</summary>
    public string FunctionRoleLogicalId(string manifestName) =>
        Resources("AWS::Lambda::Function")[FunctionLogicalId(manifestName)]
            .GetProperty("Properties").GetProperty("Role").GetProperty("Fn::GetAtt")[0].GetString()!;

    /// <summary>
    /// Every IAM statement in the template with the role it applies to: statements of AWS::IAM::Policy resources (one entry
    /// per attached role) and of roles' inline policies.
    /// </summary>
    public IReadOnlyList<(string Role, JsonElement Statement)> RoleStatements()
    {
        var attached = Resources("AWS::IAM::Policy").Values
            .Select(p => p.GetProperty("Properties"))
            .SelectMany(p => p.GetProperty("Roles").EnumerateArray()
                .Select(r => r.GetProperty("Ref").GetString()!)
                .SelectMany(role => p.GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray().Select(s => (role, s))));
        var inline = Resources("AWS::IAM::Role")
            .Where(r => r.Value.GetProperty("Properties").TryGetProperty("Policies", out _))
            .SelectMany(r => r.Value.GetProperty("Properties").GetProperty("Policies").EnumerateArray()
                .SelectMany(p => p.GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray().Select(s => (r.Key, s))));
        return [.. attached.Concat(inline)];
    }

    /// <summary>
    /// <see cref="RoleStatements"/> with each statement as the main stack would write it (<see cref="ResolvedText"/>): a
    /// nested stack's parameters replaced by the main stack's values, so checks that look for the main stack's ids see them.
    /// </summary>
    public IReadOnlyList<(string Role, JsonElement Statement)> ResolvedRoleStatements() =>
        [.. RoleStatements().Select(s => (s.Role, Parse(ResolvedText(s.Statement))))];

    /// <summary><see cref="FunctionEnvironment"/> with each value as the main stack would write it (<see cref="ResolvedText"/>).</summary>
    public IReadOnlyDictionary<string, string> ResolvedEnvironment(string manifestName) =>
        Resources("AWS::Lambda::Function")[FunctionLogicalId(manifestName)].GetProperty("Properties")
            .GetProperty("Environment").GetProperty("Variables").EnumerateObject()
            .ToDictionary(v => v.Name, v => IsMain ? v.Value.GetRawText() : ResolvedText(v.Value), StringComparer.Ordinal);

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>The environment variables of the function whose handler is the manifest name (raw JSON for intrinsic values).</summary>
    public IReadOnlyDictionary<string, string> FunctionEnvironment(string manifestName)
    {
        var properties = Resources("AWS::Lambda::Function")[FunctionLogicalId(manifestName)].GetProperty("Properties");
        return properties.GetProperty("Environment").GetProperty("Variables").EnumerateObject()
            .ToDictionary(v => v.Name, v => v.Value.GetRawText(), StringComparer.Ordinal);
    }
}

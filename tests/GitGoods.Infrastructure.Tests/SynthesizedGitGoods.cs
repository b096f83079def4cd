using System.Text.Json;

using Amazon.CDK;
using Amazon.CDK.Assertions;

using Constructs;

namespace GitGoods.Infrastructure.Tests;

/// <summary>
/// The whole <see cref="GitGoodsStack"/>, synthesized once for every test in <see cref="SharedSynthesis"/>
/// (a synth takes a few seconds and a few hundred MB).
/// </summary>
public sealed class SynthesizedGitGoods : IDisposable
{
    private readonly TempBootstrap _bootstrap = new();
    private readonly JsonDocument _json;

    public SynthesizedGitGoods()
        : this(null)
    {
    }

    /// <param name="extraContext">More CDK context (e.g. the payment processor's keys).</param>
    internal SynthesizedGitGoods(IReadOnlyDictionary<string, object>? extraContext)
    {
        var app = CdkTestApp.Create(_bootstrap.Directory, extraContext: extraContext);
        Stack = new GitGoodsStack(app, "GitGoodsTest");
        Template = Template.FromStack(Stack);
        _json = JsonDocument.Parse(File.ReadAllText(Path.Combine(app.Outdir, Stack.TemplateFile)));
    }

    public GitGoodsStack Stack { get; }

    public Template Template { get; }

    /// <summary>The same template as JSON, for questions the matchers answer poorly (sets, "none of").</summary>
    public JsonElement Json => _json.RootElement;

    /// <summary>Resources of a CloudFormation type, by logical id.</summary>
    public IReadOnlyDictionary<string, JsonElement> Resources(string type) =>
        Json.GetProperty("Resources").EnumerateObject()
            .Where(r => string.Equals(r.Value.GetProperty("Type").GetString(), type, StringComparison.Ordinal))
            .ToDictionary(r => r.Name, r => r.Value, StringComparer.Ordinal);

    /// <summary>The logical id of the Lambda function whose handler is the manifest name.</summary>
    public string FunctionLogicalId(string manifestName) =>
        Resources("AWS::Lambda::Function")
            .Single(f => string.Equals(f.Value.GetProperty("Properties").GetProperty("Handler").GetString(), manifestName, StringComparison.Ordinal)).Key;

    /// <summary>The logical id of the CloudFormation resource behind an L2 construct (its default child).</summary>
    public string LogicalId(IConstruct construct)
    {
        var resource = construct.Node.DefaultChild as CfnElement
            ?? throw new InvalidOperationException($"{construct.Node.Path} has no CloudFormation resource as its default child.");
        return (string)Stack.Resolve(Stack.GetLogicalId(resource));
    }

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

    /// <summary>The environment variables of the function whose handler is the manifest name (raw JSON for intrinsic values).</summary>
    public IReadOnlyDictionary<string, string> FunctionEnvironment(string manifestName)
    {
        var properties = Resources("AWS::Lambda::Function")[FunctionLogicalId(manifestName)].GetProperty("Properties");
        return properties.GetProperty("Environment").GetProperty("Variables").EnumerateObject()
            .ToDictionary(v => v.Name, v => v.Value.GetRawText(), StringComparer.Ordinal);
    }

    public void Dispose()
    {
        _json.Dispose();
        _bootstrap.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SharedSynthesis : ICollectionFixture<SynthesizedGitGoods>
{
    public const string Name = "Synthesized GitGoods stack";
}

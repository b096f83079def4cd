using System.Text.Json;

using Amazon.CDK;
using Amazon.CDK.Assertions;

using Constructs;

using GitGoods.Infrastructure.Edge;

namespace GitGoods.Infrastructure.Tests;

/// <summary>
/// The whole app as <c>cdk synth</c> builds it (<see cref="GitGoodsApp.Compose"/>: the edge stack in us-east-1 and the
/// main <see cref="GitGoodsStack"/> in <see cref="Region"/>), synthesized once for every test in <see cref="SharedSynthesis"/>
/// (a synth takes a few seconds and a few hundred MB). The context is cdk.json's, so the switches are at their defaults.
/// </summary>
public class SynthesizedGitGoods : IDisposable
{
    /// <summary>The main stack's region in the tests: not us-east-1, so the web ACL's ARN crosses regions as in production.</summary>
    public const string Region = "ap-southeast-1";

    private readonly TempBootstrap _bootstrap = new();
    private readonly JsonDocument _json;
    private readonly JsonDocument _edgeJson;
    private readonly System.Lazy<Dictionary<string, JsonDocument>> _allTemplates;

    public SynthesizedGitGoods()
        : this(extraContext: null)
    {
    }

    /// <param name="extraContext">Context values on top of cdk.json's (e.g. <c>dax</c>).</param>
    internal SynthesizedGitGoods(IReadOnlyDictionary<string, object>? extraContext)
    {
        var app = CdkTestApp.Create(_bootstrap.Directory, extraContext: extraContext);
        var composed = GitGoodsApp.Compose(app, new DeploymentTarget(Account: null, Region));
        Stack = composed.Main;
        EdgeStack = composed.Edge ?? throw new InvalidOperationException("The app made no edge stack.");
        Template = Template.FromStack(Stack);
        EdgeTemplate = Template.FromStack(EdgeStack);
        _json = JsonDocument.Parse(File.ReadAllText(Path.Combine(app.Outdir, Stack.TemplateFile)));
        _edgeJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(app.Outdir, EdgeStack.TemplateFile)));
        Outdir = app.Outdir;
        _allTemplates = new(() => Directory.GetFiles(Outdir, "*.template.json")
            .ToDictionary(f => Path.GetFileName(f), f => JsonDocument.Parse(File.ReadAllText(f)), StringComparer.Ordinal));
    }

    /// <summary>The cloud assembly (cdk.out) this synthesis wrote.</summary>
    public string Outdir { get; }

    /// <summary>Every template of the app by file name, nested stacks' included (<c>*.nested.template.json</c>), as CloudFormation gets them.</summary>
    public IReadOnlyDictionary<string, JsonElement> AllTemplates =>
        _allTemplates.Value.ToDictionary(t => t.Key, t => t.Value.RootElement, StringComparer.Ordinal);

    /// <summary>A nested stack's template as JSON.</summary>
    public JsonElement NestedJson(NestedStack nested) => AllTemplates[Path.GetFileName(nested.TemplateFile)];

    public GitGoodsStack Stack { get; }

    public Template Template { get; }

    public GitGoodsEdgeStack EdgeStack { get; }

    public Template EdgeTemplate { get; }

    /// <summary>The same template as JSON, for questions the matchers answer poorly (sets, "none of").</summary>
    public JsonElement Json => _json.RootElement;

    /// <summary>The edge stack's template as JSON.</summary>
    public JsonElement EdgeJson => _edgeJson.RootElement;

    /// <summary>Resources of a CloudFormation type, by logical id.</summary>
    public IReadOnlyDictionary<string, JsonElement> Resources(string type) =>
        Json.GetProperty("Resources").EnumerateObject()
            .Where(r => string.Equals(r.Value.GetProperty("Type").GetString(), type, StringComparison.Ordinal))
            .ToDictionary(r => r.Name, r => r.Value, StringComparer.Ordinal);

    /// <summary>The catalogue cache's nested stack's template (with <c>dax=true</c>).</summary>
    public Template CacheTemplate => Template.FromStack(CacheStack);

    /// <summary>Resources of a CloudFormation type in the catalogue cache's nested stack, by logical id.</summary>
    public IReadOnlyDictionary<string, JsonElement> CacheResources(string type) =>
        NestedJson(CacheStack).GetProperty("Resources").EnumerateObject()
            .Where(r => string.Equals(r.Value.GetProperty("Type").GetString(), type, StringComparison.Ordinal))
            .ToDictionary(r => r.Name, r => r.Value, StringComparer.Ordinal);

    /// <summary>
    /// How the main stack refers to <paramref name="resource"/>'s <paramref name="attribute"/> (null: its Ref) in the cache's
    /// nested stack: a GetAtt of the nested stack output that carries exactly that value, as compact JSON.
    /// </summary>
    public string CacheReference(IConstruct resource, string? attribute) => NestedReference(CacheStack, resource, attribute);

    /// <summary>
    /// How the main stack refers to <paramref name="resource"/>'s <paramref name="attribute"/> (null: its Ref) in the nested
    /// stack <paramref name="nested"/>: a GetAtt of the nested stack output that carries exactly that value, as compact JSON.
    /// </summary>
    public string NestedReference(NestedStack nested, IConstruct resource, string? attribute)
    {
        var id = LogicalId(resource);
        var value = attribute is null ? $$"""{"Ref":"{{id}}"}""" : $$"""{"Fn::GetAtt":["{{id}}","{{attribute}}"]}""";
        var output = NestedJson(nested).GetProperty("Outputs").EnumerateObject()
            .Single(o => string.Equals(o.Value.GetProperty("Value").Compact(), value, StringComparison.Ordinal)).Name;
        return $$"""{"Fn::GetAtt":["{{LogicalId(nested.NestedStackResource!)}}","Outputs.{{output}}"]}""";
    }

    private NestedStack CacheStack => (NestedStack)Amazon.CDK.Stack.Of(Stack.CatalogCache?.Cluster
        ?? throw new InvalidOperationException("This synthesis has no catalogue cache (dax=true)."));

    /// <summary>The logical id of the Lambda function whose handler is the manifest name, in the template that holds it.</summary>
    public string FunctionLogicalId(string manifestName) => TemplateOf(manifestName).FunctionLogicalId(manifestName);

    /// <summary>The main stack's own template, as a <see cref="SynthesizedTemplate"/>.</summary>
    public SynthesizedTemplate Main => _main ??= new SynthesizedTemplate(this, Stack, Json);

    /// <summary>The templates that hold manifest functions: the main stack's and the waiting room's nested stack's.</summary>
    public IReadOnlyList<SynthesizedTemplate> FunctionTemplates =>
        _functionTemplates ??= [Main, new SynthesizedTemplate(this, Stack.WaitingRoom, NestedJson(Stack.WaitingRoom))];

    /// <summary>The template of the manifest function <paramref name="manifestName"/>: the one whose stack builds it.</summary>
    public SynthesizedTemplate TemplateOf(string manifestName) =>
        FunctionTemplates.Single(t => t.Stack == Amazon.CDK.Stack.Of(FunctionsOf(manifestName)));

    /// <summary>The <see cref="GitGoods.Infrastructure.Functions.ManifestFunctions"/> that builds <paramref name="manifestName"/> (its deployment group, routes …).</summary>
    public GitGoods.Infrastructure.Functions.ManifestFunctions FunctionsOf(string manifestName) =>
        Stack.FunctionSets.Single(set => set.Functions.ContainsKey(manifestName));

    private SynthesizedTemplate? _main;
    private IReadOnlyList<SynthesizedTemplate>? _functionTemplates;

    /// <summary>
    /// The logical id of an L1 resource, or of the CloudFormation resource behind an L2 construct (its default child), in the
    /// stack that holds it (a nested stack's resource: its id in the nested template).
    /// </summary>
    public string LogicalId(IConstruct construct)
    {
        var resource = construct as CfnElement ?? construct.Node.DefaultChild as CfnElement
            ?? throw new InvalidOperationException($"{construct.Node.Path} has no CloudFormation resource as its default child.");
        var owner = Amazon.CDK.Stack.Of(resource);
        if (owner != Stack && owner != EdgeStack && (owner as NestedStack)?.NestedStackParent != Stack)
        {
            throw new InvalidOperationException($"{construct.Node.Path} belongs to neither synthesized stack nor the main stack's nested stacks.");
        }

        return (string)owner.Resolve(owner.GetLogicalId(resource));
    }

    /// <summary>The logical id of the IAM role a manifest function runs as, in the template that holds it.</summary>
    public string FunctionRoleLogicalId(string manifestName) => TemplateOf(manifestName).FunctionRoleLogicalId(manifestName);

    /// <summary>
    /// Every IAM statement of the templates that hold functions (the main one and the waiting room's) with the role it applies
    /// to, a nested stack's written as the main stack would (<see cref="SynthesizedTemplate.ResolvedRoleStatements"/>).
    /// </summary>
    public IReadOnlyList<(string Role, JsonElement Statement)> RoleStatements() =>
        [.. FunctionTemplates.SelectMany(t => t.ResolvedRoleStatements())];

    /// <summary>
    /// The environment variables of the function whose handler is the manifest name, from the template that holds it, each value
    /// as the main stack would write it (raw JSON for intrinsic values; <see cref="SynthesizedTemplate.ResolvedEnvironment"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> FunctionEnvironment(string manifestName) => TemplateOf(manifestName).ResolvedEnvironment(manifestName);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _json.Dispose();
            _edgeJson.Dispose();
            if (_allTemplates.IsValueCreated)
            {
                foreach (var template in _allTemplates.Value.Values)
                {
                    template.Dispose();
                }
            }
            _bootstrap.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SharedSynthesis : ICollectionFixture<SynthesizedGitGoods>
{
    public const string Name = "Synthesized GitGoods stack";
}

using System.Text.Json;

using Amazon.CDK;
using Amazon.CDK.Assertions;

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
    {
        var app = CdkTestApp.Create(_bootstrap.Directory);
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

    /// <summary>The logical id of the Lambda function whose handler is the catalogue name.</summary>
    public string FunctionLogicalId(string catalogueName) =>
        Resources("AWS::Lambda::Function")
            .Single(f => string.Equals(f.Value.GetProperty("Properties").GetProperty("Handler").GetString(), catalogueName, StringComparison.Ordinal)).Key;

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

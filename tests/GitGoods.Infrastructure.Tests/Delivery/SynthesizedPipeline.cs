using System.Text.Json;

using GitGoods.Infrastructure.Delivery;

namespace GitGoods.Infrastructure.Tests.Delivery;

/// <summary>
/// The delivery pipeline stack as Program.cs adds it, synthesized once per fixture (it holds the whole shop twice, in its
/// test and production stages, so a synth takes tens of seconds). Only the pipeline is composed: the direct stacks add nothing here.
/// </summary>
public abstract class SynthesizedPipeline : IDisposable
{
    public const string Account = "111111111111";

    /// <summary>The production target's standby region (StandbySettings' default), so production holds the whole app.</summary>
    public const string StandbyRegion = "ap-southeast-2";

    private readonly TempBootstrap _bootstrap = new();
    private readonly JsonDocument _json;

    protected SynthesizedPipeline(IReadOnlyDictionary<string, object> context)
    {
        var app = CdkTestApp.Create(_bootstrap.Directory, extraContext: context);
        Stack = DeliveryPipelineStack.Compose(app, new DeploymentTarget(Account: null, SynthesizedGitGoods.Region, StandbyRegion))
            ?? throw new InvalidOperationException("No pipeline stack although the context names its account.");
        _ = app.Synth();
        _json = JsonDocument.Parse(File.ReadAllText(Path.Combine(app.Outdir, Stack.TemplateFile)));
    }

    public DeliveryPipelineStack Stack { get; }

    /// <summary>The pipeline stack's template.</summary>
    public JsonElement Json => _json.RootElement;

    /// <summary>The properties of the one <c>AWS::CodePipeline::Pipeline</c>.</summary>
    public JsonElement Pipeline => Resources("AWS::CodePipeline::Pipeline").Values.Single().GetProperty("Properties");

    /// <summary>The pipeline's stages by name, in order.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<JsonElement> Actions)> Stages =>
        [.. Pipeline.GetProperty("Stages").EnumerateArray()
            .Select(s => (s.GetProperty("Name").GetString()!, (IReadOnlyList<JsonElement>)[.. s.GetProperty("Actions").EnumerateArray()]))];

    public IReadOnlyList<JsonElement> Actions(string stage) => Stages.Single(s => s.Name == stage).Actions;

    /// <summary>The properties of the CodeBuild project behind a CodeBuild action.</summary>
    public JsonElement ProjectOf(JsonElement action) =>
        Json.GetProperty("Resources").GetProperty(action.GetProperty("Configuration").GetProperty("ProjectName").GetProperty("Ref").GetString()!)
            .GetProperty("Properties");

    /// <summary>A CodeBuild project's buildspec (CDK Pipelines writes it inline as a JSON string).</summary>
    public static JsonElement BuildSpec(JsonElement project) =>
        JsonDocument.Parse(project.GetProperty("Source").GetProperty("BuildSpec").GetString()!).RootElement;

    public IReadOnlyDictionary<string, JsonElement> Resources(string type) =>
        Json.GetProperty("Resources").EnumerateObject()
            .Where(r => string.Equals(r.Value.GetProperty("Type").GetString(), type, StringComparison.Ordinal))
            .ToDictionary(r => r.Name, r => r.Value, StringComparer.Ordinal);

    /// <summary>Every statement of the IAM policies attached to a role, by the role's logical id.</summary>
    public IReadOnlyList<JsonElement> StatementsOf(string roleLogicalId) =>
        [.. Resources("AWS::IAM::Policy").Values.Select(p => p.GetProperty("Properties"))
            .Where(p => p.GetProperty("Roles").EnumerateArray().Any(r => r.GetProperty("Ref").GetString() == roleLogicalId))
            .SelectMany(p => p.GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray())];

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
            _bootstrap.Dispose();
        }
    }
}

/// <summary>No pipeline context but its account: a CodeCommit source on main, test stage beside production, no approval.</summary>
public sealed class DefaultPipeline() : SynthesizedPipeline(new Dictionary<string, object>(StringComparer.Ordinal)
{
    [DeliveryPipelineSettings.AccountContextKey] = Account,
});

/// <summary>Everything set, as typed on the command line: a connection, another branch, a separate test account and region, an approval.</summary>
public sealed class ConfiguredPipeline() : SynthesizedPipeline(new Dictionary<string, object>(StringComparer.Ordinal)
{
    [DeliveryPipelineSettings.AccountContextKey] = Account,
    [PipelineSource.ConnectionArnContextKey] = ConnectionArn,
    [PipelineSource.RepositoryContextKey] = Repository,
    [PipelineSource.BranchContextKey] = Branch,
    [DeliveryPipelineSettings.TestAccountContextKey] = TestAccount,
    [DeliveryPipelineSettings.TestRegionContextKey] = TestRegion,
    [DeliveryPipelineSettings.ApprovalContextKey] = "true",
})
{
    public const string ConnectionArn = "arn:aws:codeconnections:ap-southeast-1:111111111111:connection/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";
    public const string Repository = "git-goods/git-goods";
    public const string Branch = "release";
    public const string TestAccount = "222222222222";
    public const string TestRegion = "eu-west-1";
}

/// <summary>The pipeline and smoke-step tests share one synthesis of <see cref="DefaultPipeline"/>.</summary>
[CollectionDefinition(Name)]
public sealed class DefaultPipelineSynthesis : ICollectionFixture<DefaultPipeline>
{
    public const string Name = "Synthesized delivery pipeline, default context";
}

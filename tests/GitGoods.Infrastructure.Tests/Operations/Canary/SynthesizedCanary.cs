using System.Text.Json;

using Amazon.CDK;
using Amazon.CDK.Assertions;
using Amazon.CDK.AWS.Cognito;

using Constructs;

using GitGoods.Infrastructure.Operations.Canary;

namespace GitGoods.Infrastructure.Tests.Operations.Canary;

/// <summary>
/// A <see cref="ShopJourneyCanary"/> alone on a small stack (a user pool and its client beside it), synthesized once for
/// the class into a cloud assembly of its own, so tests can read the template, the staged asset and lint the file.
/// </summary>
public sealed class SynthesizedCanary : IDisposable
{
    public const string Account = "111111111111";
    public const string Region = "ap-southeast-1";
    public const string BaseUrl = "https://abc123.execute-api.ap-southeast-1.amazonaws.com";
    public const string OriginVerifyParameter = "/gitgoods/origin-verify/current";

    private readonly JsonDocument _json;

    public SynthesizedCanary()
    {
        Outdir = Directory.CreateTempSubdirectory("gitgoods-canary-out-").FullName;
        // The canary needs no bootstrap binary; the context key is only set because CdkTestApp always sets it.
        var app = CdkTestApp.Create(bootstrapDirectory: Outdir, outdir: Outdir);
        Stack = new Stack(app, "CanaryTest", new StackProps { Env = new Amazon.CDK.Environment { Account = Account, Region = Region } });
        var pool = new UserPool(Stack, "Pool");
        var client = pool.AddClient("Spa", new UserPoolClientOptions { AuthFlows = new AuthFlow { UserPassword = true } });
        Canary = new ShopJourneyCanary(Stack, "Journey", new ShopJourneyCanaryOptions
        {
            BaseUrl = BaseUrl,
            OriginVerifyParameterName = OriginVerifyParameter,
            UserPool = pool,
            UserPoolClient = client,
            RegionLabel = "primary",
        });
        Template = Template.FromStack(Stack);
        TemplatePath = Path.Combine(Outdir, Stack.TemplateFile);
        _json = JsonDocument.Parse(File.ReadAllText(TemplatePath));
    }

    public string Outdir { get; }

    public Stack Stack { get; }

    public ShopJourneyCanary Canary { get; }

    public Template Template { get; }

    public string TemplatePath { get; }

    public JsonElement Json => _json.RootElement;

    /// <summary>The one resource of a CloudFormation type: its logical id and JSON.</summary>
    public (string LogicalId, JsonElement Resource) OnlyResource(string type) =>
        Json.GetProperty("Resources").EnumerateObject()
            .Where(r => string.Equals(r.Value.GetProperty("Type").GetString(), type, StringComparison.Ordinal))
            .Select(r => (r.Name, r.Value))
            .Should().ContainSingle($"one {type}").Subject;

    /// <summary>The logical id of the CloudFormation resource behind an L2 construct.</summary>
    public string LogicalId(IConstruct construct) =>
        (string)Stack.Resolve(Stack.GetLogicalId((CfnElement)construct.Node.DefaultChild!));

    public void Dispose()
    {
        _json.Dispose();
        Directory.Delete(Outdir, recursive: true);
    }
}

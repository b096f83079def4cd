using System.Text.Json;

using Amazon.CDK.Assertions;

namespace GitGoods.Infrastructure.Tests.Standby;

/// <summary>
/// The app with its warm standby, as <c>cdk synth</c> builds it by default: the main stack in <see cref="MainRegion"/>, the
/// standby stack in <see cref="StandbyRegion"/>, and the failover zone that makes the API fail over by DNS.
/// </summary>
public class SynthesizedWarmStandby : IDisposable
{
    public const string MainRegion = "ap-southeast-1";
    public const string StandbyRegion = "ap-southeast-2";
    public const string ZoneId = "Z0123456789ABCDEFGHIJ";
    public const string ZoneName = "example.com";

    private readonly TempBootstrap _bootstrap = new();

    public SynthesizedWarmStandby()
        : this(new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["failoverHostedZoneId"] = ZoneId,
            ["failoverZoneName"] = ZoneName,
        })
    {
    }

    protected SynthesizedWarmStandby(IReadOnlyDictionary<string, object> context)
    {
        var app = CdkTestApp.Create(_bootstrap.Directory, extraContext: context);
        var composed = GitGoodsApp.Compose(app, DeploymentTarget.FromCdkEnvironment(app.Node) with { Region = MainRegion, StandbyRegion = StandbyRegion });
        Main = composed.Main;
        Standby = composed.Standby ?? throw new InvalidOperationException("The app made no standby stack.");
        MainTemplate = Template.FromStack(Main);
        StandbyTemplate = Template.FromStack(Standby);
        StandbyJson = ToJson(StandbyTemplate);
        MainJson = ToJson(MainTemplate);
    }

    public GitGoodsStack Main { get; }

    public GitGoodsStack Standby { get; }

    public Template MainTemplate { get; }

    public Template StandbyTemplate { get; }

    public JsonElement MainJson { get; }

    public JsonElement StandbyJson { get; }

    /// <summary>Resources of a CloudFormation type in a template, by logical id.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Resources(JsonElement template, string type) =>
        template.GetProperty("Resources").EnumerateObject()
            .Where(r => string.Equals(r.Value.GetProperty("Type").GetString(), type, StringComparison.Ordinal))
            .ToDictionary(r => r.Name, r => r.Value.GetProperty("Properties").Clone(), StringComparer.Ordinal);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _bootstrap.Dispose();
        }
    }

    private static JsonElement ToJson(Template template)
    {
        using var document = JsonDocument.Parse(System.Text.Json.JsonSerializer.Serialize(template.ToJSON()));
        return document.RootElement.Clone();
    }
}

/// <summary>The same app after a failover: <c>activeRegion=standby</c>, without a failover zone (the manual switch).</summary>
public sealed class SynthesizedManualFailover : SynthesizedWarmStandby
{
    public const string StandbyApiDomain = "abcde12345.execute-api.ap-southeast-2.amazonaws.com";

    public SynthesizedManualFailover()
        : base(new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["activeRegion"] = "standby",
            ["standbyApiDomain"] = StandbyApiDomain,
        })
    {
    }
}

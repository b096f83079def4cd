using System.Text.Json;

using Amazon.CDK;

using GitGoods.Infrastructure.Functions;
using GitGoods.Infrastructure.Hosting;

namespace GitGoods.Infrastructure.Tests;

/// <summary>Builds CDK apps for tests with the same context (feature flags) as the repository's cdk.json.</summary>
internal static class CdkTestApp
{
    /// <param name="bootstrapDirectory">The published bootstrap (see <see cref="TempBootstrap"/>).</param>
    /// <param name="webAssetsDirectory">The built SPA; default a shared <see cref="TempWebAssets"/>.</param>
    /// <param name="extraContext">More context values (e.g. <c>webAclArn</c>).</param>
    /// <param name="outdir">Where <c>Synth</c> writes the cloud assembly; default a directory CDK picks.</param>
    public static App Create(
        string bootstrapDirectory, string? webAssetsDirectory = null, IReadOnlyDictionary<string, object>? extraContext = null, string? outdir = null)
    {
        System.Environment.SetEnvironmentVariable("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1");
        var context = CdkJsonContext();
        context[BootstrapAsset.ContextKey] = bootstrapDirectory;
        context[WebAsset.ContextKey] = webAssetsDirectory ?? TempWebAssets.Shared.Directory;
        foreach (var (key, value) in extraContext ?? new Dictionary<string, object>(StringComparer.Ordinal))
        {
            context[key] = value;
        }

        return new App(new AppProps { Context = context, Outdir = outdir });
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "cdk.json")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No cdk.json above {AppContext.BaseDirectory}.");
    }

    private static Dictionary<string, object> CdkJsonContext()
    {
        using var cdkJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "cdk.json")));
        var context = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var entry in cdkJson.RootElement.GetProperty("context").EnumerateObject())
        {
            context[entry.Name] = entry.Value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.String => entry.Value.GetString()!,
                JsonValueKind.Array => entry.Value.EnumerateArray().Select(v => v.GetString()!).ToArray(),
                _ => throw new InvalidOperationException($"cdk.json context '{entry.Name}' has an unexpected shape."),
            };
        }

        return context;
    }
}

using Amazon.CDK.AWS.S3.Deployment;

using Constructs;

namespace GitGoods.Infrastructure.Hosting;

/// <summary>
/// The built SPA (<c>npm --prefix src/Web run build</c> → index.html and content-hashed files under assets/) that the
/// site bucket receives. Its directory comes from the CDK context key <c>webAssets</c>; a relative path is taken from
/// the directory holding cdk.json (the repository root).
/// </summary>
public sealed class WebAsset
{
    public const string ContextKey = "webAssets";
    public const string DefaultDirectory = "src/Web/dist";
    public const string IndexFile = "index.html";
    public const string BuildCommand = "npm --prefix src/Web ci && npm --prefix src/Web run build";

    private WebAsset(string directory) => Directory = directory;

    /// <summary>The absolute directory holding index.html.</summary>
    public string Directory { get; }

    /// <summary>A new deployment source of the whole directory (each deployment binds its own; CDK stages the files once).</summary>
    public ISource Source() => Amazon.CDK.AWS.S3.Deployment.Source.Asset(Directory);

    /// <exception cref="InvalidOperationException">When the directory has no index.html (the SPA is not built).</exception>
    public static WebAsset FromContext(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var configured = node.TryGetContext(ContextKey) as string;
        var directory = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? DefaultDirectory : configured, CdkProjectRoot.Find());
        if (!File.Exists(Path.Combine(directory, IndexFile)))
        {
            throw new InvalidOperationException(
                $"No '{IndexFile}' in '{directory}' (CDK context '{ContextKey}'): the web app is not built. "
                + $"Build it first, from the repository root: {BuildCommand} (scripts/synth.sh does this).");
        }

        return new WebAsset(directory);
    }
}

using Amazon.CDK.AWS.Lambda;

using Constructs;

namespace GitGoods.Infrastructure.Functions;

/// <summary>
/// The Native AOT <c>bootstrap</c> executable every function runs (<c>_HANDLER</c> picks the function).
/// Its directory comes from the CDK context key <c>bootstrapAsset</c>; a relative path is taken from the
/// directory holding cdk.json (the repository root).
/// </summary>
public sealed class BootstrapAsset
{
    public const string ContextKey = "bootstrapAsset";
    public const string DefaultDirectory = "artifacts/bootstrap/linux-x64";
    public const string ExecutableName = "bootstrap";
    public const string PublishCommand =
        "dotnet publish src/Functions/GitGoods.Bootstrap -c Release -r linux-x64 -o artifacts/bootstrap/linux-x64";

    private BootstrapAsset(string directory)
    {
        Directory = directory;
        // Debug symbols sit beside the stripped binary after publish; they do not belong in the Lambda package.
        Code = Code.FromAsset(directory, new Amazon.CDK.AWS.S3.Assets.AssetOptions { Exclude = ["*.dbg", "*.pdb"] });
    }

    /// <summary>The absolute directory holding <c>bootstrap</c>.</summary>
    public string Directory { get; }

    public Code Code { get; }

    /// <exception cref="InvalidOperationException">When the directory has no <c>bootstrap</c> file.</exception>
    public static BootstrapAsset FromContext(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var configured = node.TryGetContext(ContextKey) as string;
        var directory = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? DefaultDirectory : configured, CdkProjectRoot.Find());
        if (!File.Exists(Path.Combine(directory, ExecutableName)))
        {
            throw new InvalidOperationException(
                $"No '{ExecutableName}' executable in '{directory}' (CDK context '{ContextKey}'). "
                + $"Publish it first, from the repository root: {PublishCommand} (scripts/synth.sh does this).");
        }

        return new BootstrapAsset(directory);
    }
}

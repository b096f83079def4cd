using Amazon.CDK.AWS.CodeBuild;

namespace GitGoods.Infrastructure.Delivery;

/// <summary>
/// A partial buildspec that selects language runtimes of the CodeBuild image (its <c>install.runtime-versions</c>). CDK
/// Pipelines merges it into each step's own buildspec, so a step states only the runtimes it needs beyond the defaults.
/// </summary>
internal static class InstallRuntimes
{
    /// <param name="runtimes">Runtime name and version as the image's runtimes.yml spells them, e.g. ("java", "corretto17").</param>
    public static BuildSpec Of(params (string Runtime, string Version)[] runtimes) =>
        BuildSpec.FromObject(new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["phases"] = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["install"] = new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    ["runtime-versions"] = runtimes.ToDictionary(r => r.Runtime, r => (object)r.Version, StringComparer.Ordinal),
                },
            },
        });
}

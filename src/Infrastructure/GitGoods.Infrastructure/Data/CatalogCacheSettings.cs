using System.Text.RegularExpressions;

using Constructs;

namespace GitGoods.Infrastructure.Data;

/// <summary>
/// Whether the deployment has a catalogue cache (DAX) and of which node type. Off by default, so a small deployment
/// pays nothing for it: <c>-c dax=true</c> (or <c>"dax": true</c> in cdk.json) turns it on, <c>-c daxNodeType=...</c>
/// picks the node type.
/// </summary>
public sealed partial record CatalogCacheSettings(bool Enabled, string NodeType)
{
    public const string EnabledContextKey = "dax";
    public const string NodeTypeContextKey = "daxNodeType";
    public const string DefaultNodeType = "dax.t3.small";

    /// <exception cref="ArgumentException">When the node type is not a DAX node type, or one without encryption at rest (dax.r3.*).</exception>
    public static CatalogCacheSettings FromContext(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var nodeType = CdkContext.String(node, NodeTypeContextKey) ?? DefaultNodeType;
        if (!DaxNodeType().IsMatch(nodeType))
        {
            throw new ArgumentException($"CDK context '{NodeTypeContextKey}' must be a DAX node type such as {DefaultNodeType}, not '{nodeType}'.", nameof(node));
        }

        if (nodeType.StartsWith("dax.r3.", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{nodeType}' nodes cannot encrypt at rest, which the cache requires; pick dax.t3, dax.r5 or newer.", nameof(node));
        }

        return new CatalogCacheSettings(CdkContext.Flag(node, EnabledContextKey), nodeType);
    }

    [GeneratedRegex("^dax\\.[a-z0-9]+\\.[a-z0-9]+$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DaxNodeType();
}

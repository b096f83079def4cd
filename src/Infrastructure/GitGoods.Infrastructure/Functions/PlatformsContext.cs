using System.Collections;

using Constructs;

using GitGoods.Domain.Catalog.Platforms;

namespace GitGoods.Infrastructure.Functions;

/// <summary>
/// The managed platform list an operator configures (decision 0033): CDK context <c>platforms</c>, either a JSON array of
/// names in cdk.json or a comma-separated string (<c>-c platforms="PC,Nintendo Switch"</c>); absent, the built-in
/// <see cref="ManagedPlatforms.Default"/>. The product functions get it as <c>SHOP_PLATFORMS</c>, the SPA as
/// <c>/config.json</c>'s <c>platforms</c>. A malformed list fails the synth, so it is never deployed.
/// </summary>
public static class PlatformsContext
{
    public const string ContextKey = "platforms";

    /// <exception cref="ArgumentException">When the value is not a string or a list of strings, or breaks the list's rules.</exception>
    public static ManagedPlatforms FromContext(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        try
        {
            return node.TryGetContext(ContextKey) switch
            {
                null => ManagedPlatforms.Default,
                string text => ManagedPlatforms.Parse(text),
                IEnumerable names => ManagedPlatforms.Of(names.Cast<object?>().Select(n => n as string
                    ?? throw new ArgumentException($"Each platform must be a string, not '{n}'.", nameof(node)))),
                var other => throw new ArgumentException($"It must be a list of names, not {other.GetType().Name}.", nameof(node)),
            };
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"CDK context '{ContextKey}': {e.Message}", nameof(node), e);
        }
    }
}

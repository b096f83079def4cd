using Constructs;

namespace GitGoods.Infrastructure.Standby;

/// <summary>
/// The warm standby's settings from the CDK context (docs/runbooks/failover.md).
/// <list type="bullet">
/// <item><c>standbyRegion</c>: where the tables replicate and the second copy of the stack runs (default
/// <see cref="DefaultRegion"/>; <c>none</c> for no standby, e.g. a test stage).</item>
/// <item><c>activeRegion</c>: <c>primary</c> (default) or <c>standby</c> — which region runs the work that must run in one
/// region only (the table-stream consumers, the schedules, the event rules). The API answers in both regions.</item>
/// </list>
/// </summary>
/// <param name="Region">The standby region, or null for none.</param>
/// <param name="StandbyActive">True after a failover: the standby runs the single-region work.</param>
public sealed record StandbySettings(string? Region, bool StandbyActive)
{
    public const string RegionContextKey = "standbyRegion";
    public const string ActiveRegionContextKey = "activeRegion";

    /// <summary>Sydney: the nearest region to Singapore with a full set of the services the shop uses, 90 ms away.</summary>
    public const string DefaultRegion = "ap-southeast-2";

    public const string None = "none";
    public const string Primary = "primary";
    public const string Standby = "standby";

    /// <summary>The settings for a main stack in <paramref name="mainRegion"/>.</summary>
    /// <exception cref="ArgumentException">A standby region equal to the main region, or an unknown active region.</exception>
    public static StandbySettings FromContext(Node node, string mainRegion)
    {
        ArgumentNullException.ThrowIfNull(node);
        var region = CdkContext.String(node, RegionContextKey) ?? DefaultRegion;
        if (string.Equals(region, None, StringComparison.OrdinalIgnoreCase))
        {
            return new StandbySettings(null, StandbyActive: false);
        }

        if (string.Equals(region, mainRegion, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"CDK context '{RegionContextKey}' is {region}, the main stack's own region: a standby must survive the loss of the main region. "
                + $"Pick another region, or '{None}' for no standby.", nameof(node));
        }

        return new StandbySettings(region, IsStandbyActive(node));
    }

    /// <summary>Whether <c>activeRegion</c> says the standby runs the single-region work (after a failover).</summary>
    /// <exception cref="ArgumentException">An active region other than primary or standby.</exception>
    public static bool IsStandbyActive(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var active = CdkContext.String(node, ActiveRegionContextKey) ?? Primary;
        return active switch
        {
            Primary => false,
            Standby => true,
            _ => throw new ArgumentException($"CDK context '{ActiveRegionContextKey}' must be '{Primary}' or '{Standby}', not '{active}'.", nameof(node)),
        };
    }
}

using System.Text.RegularExpressions;

using Constructs;

namespace GitGoods.Infrastructure.Standby;

/// <summary>
/// Where the API fails over between regions (docs/runbooks/failover.md), from the CDK context:
/// <list type="bullet">
/// <item><c>failoverHostedZoneId</c> + <c>failoverZoneName</c>: a Route 53 public hosted zone. Each region's API then
/// answers as <c>api.&lt;zone&gt;</c> (its own regional certificate and custom domain), Route 53 answers for that name
/// with the main region while its health check passes and with the standby otherwise, and CloudFront sends
/// <c>/api/*</c> to that name. Failover is automatic.</item>
/// <item>Without a zone, failover is one deploy: <c>activeRegion=standby</c> with <c>standbyApiDomain</c> (the standby's
/// <c>StandbyApiDomain</c> output) points CloudFront's API origin at the standby's API.</item>
/// </list>
/// </summary>
/// <param name="HostedZoneId">The hosted zone's id.</param>
/// <param name="ZoneName">The zone's name, e.g. <c>example.com</c>.</param>
public sealed partial record FailoverDomain(string HostedZoneId, string ZoneName)
{
    public const string HostedZoneIdContextKey = "failoverHostedZoneId";
    public const string ZoneNameContextKey = "failoverZoneName";
    public const string StandbyApiDomainContextKey = "standbyApiDomain";

    /// <summary>The label of the API's failover name in the zone.</summary>
    public const string ApiLabel = "api";

    /// <summary>The API's name in both regions, e.g. <c>api.example.com</c>.</summary>
    public string ApiDomainName => $"{ApiLabel}.{ZoneName}";

    /// <summary>The zone from the context, or null when none is configured.</summary>
    /// <exception cref="ArgumentException">When only one of the two keys is given, or either is malformed.</exception>
    public static FailoverDomain? FromContext(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var id = CdkContext.String(node, HostedZoneIdContextKey);
        var zone = CdkContext.String(node, ZoneNameContextKey);
        return (id, zone) switch
        {
            (null, null) => null,
            ({ } zoneId, { } name) when ZoneIdPattern().IsMatch(zoneId) && ZoneNamePattern().IsMatch(name) => new FailoverDomain(zoneId, name.TrimEnd('.').ToLowerInvariant()),
            ({ }, { }) => throw new ArgumentException(
                $"CDK context '{HostedZoneIdContextKey}' must be a Route 53 zone id such as Z0123456789ABCDEFGHIJ and '{ZoneNameContextKey}' a domain such as example.com.", nameof(node)),
            _ => throw new ArgumentException(
                $"CDK context '{HostedZoneIdContextKey}' and '{ZoneNameContextKey}' go together: give both (automatic API failover) or neither.", nameof(node)),
        };
    }

    /// <summary>
    /// The standby API's host name for a manual failover (<c>activeRegion=standby</c> without a zone); null otherwise.
    /// </summary>
    /// <exception cref="ArgumentException">The standby is active, there is no zone, and no <c>standbyApiDomain</c> says where to send the API.</exception>
    public static string? ManualStandbyApiDomain(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!StandbySettings.IsStandbyActive(node) || FromContext(node) is not null)
        {
            return null;
        }

        var domain = CdkContext.String(node, StandbyApiDomainContextKey);
        return domain is not null && ExecuteApiDomain().IsMatch(domain)
            ? domain
            : throw new ArgumentException(
                $"With '{StandbySettings.ActiveRegionContextKey}={StandbySettings.Standby}' and no failover zone, give '{StandbyApiDomainContextKey}': "
                + "the standby stack's StandbyApiDomain output (<api id>.execute-api.<region>.amazonaws.com).", nameof(node));
    }

    [GeneratedRegex("^Z[A-Z0-9]{1,31}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ZoneIdPattern();

    [GeneratedRegex("^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}\\.?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture)]
    private static partial Regex ZoneNamePattern();

    [GeneratedRegex("^[a-z0-9]{10}\\.execute-api\\.[a-z0-9-]+\\.amazonaws\\.com$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ExecuteApiDomain();
}

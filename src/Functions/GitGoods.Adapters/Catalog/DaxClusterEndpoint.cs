namespace GitGoods.Adapters.Catalog;

/// <summary>
/// Reads <c>DAX_ENDPOINT</c>: the DAX cluster's discovery endpoint, which the CDK app gives the catalogue read functions
/// when DAX is switched on, e.g. <c>dax://my-cluster.abc123.dax-clusters.ap-southeast-1.amazonaws.com</c>
/// (<c>daxs://</c> when the cluster encrypts in transit). A port may be given; DAX's defaults are 8111 and 9111.
/// </summary>
public static class DaxClusterEndpoint
{
    public const string Variable = "DAX_ENDPOINT";

    /// <summary>The port DAX listens on when the URL names none: 8111 for <c>dax</c>, 9111 for <c>daxs</c>.</summary>
    public static int PortOf(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return endpoint.IsDefaultPort || endpoint.Port < 0 ? (IsEncrypted(endpoint) ? 9111 : 8111) : endpoint.Port;
    }

    /// <summary>True for <c>daxs://</c>: TLS to the cluster.</summary>
    public static bool IsEncrypted(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return string.Equals(endpoint.Scheme, "daxs", StringComparison.Ordinal);
    }

    /// <summary>The endpoint, or null when the variable is unset or empty (no DAX: read DynamoDB).</summary>
    /// <exception cref="InvalidOperationException">The value is not a <c>dax://</c> or <c>daxs://</c> URL of a host (with at most a port).</exception>
    public static Uri? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && uri.Scheme is "dax" or "daxs"
            && uri.HostNameType is UriHostNameType.Dns or UriHostNameType.IPv4
            && uri.Host.Length > 0
            && uri.UserInfo.Length == 0
            && uri.AbsolutePath is "/" or ""
            && uri.Query.Length == 0
            && uri.Fragment.Length == 0
            && (uri.IsDefaultPort || uri.Port is > 0 and <= 65535))
        {
            return uri;
        }

        var shown = text.Length > 200 ? text[..200] + "…" : text;
        throw new InvalidOperationException(
            $"{Variable} must be a DAX cluster endpoint such as dax://my-cluster.abc123.dax-clusters.ap-southeast-1.amazonaws.com " +
            $"(dax:// or daxs://, a host name, optionally a port), not '{shown}'.");
    }
}

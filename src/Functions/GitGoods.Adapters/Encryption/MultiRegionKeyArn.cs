namespace GitGoods.Adapters.Encryption;

/// <summary>
/// Which key to ask KMS to unwrap with when the data key was wrapped in another region. A data key keeps the ARN of the
/// key that wrapped it, region included. Under a multi-Region key (id <c>mrk-…</c>) its replicas share that id and key
/// material, so a warm standby unwraps a key wrapped in the main region with its own replica — in its own region, which
/// answers while the main region is down. Any other key ARN is used as stored.
/// </summary>
public static class MultiRegionKeyArn
{
    private const string MultiRegionKeyPrefix = "key/mrk-";

    /// <summary>
    /// <paramref name="storedKeyArn"/> moved to <paramref name="localKeyArn"/>'s region when both name the same multi-Region
    /// key (same partition, account and key id) in different regions; otherwise <paramref name="storedKeyArn"/> unchanged.
    /// </summary>
    public static string ForLocalRegion(string storedKeyArn, string localKeyArn)
    {
        ArgumentNullException.ThrowIfNull(storedKeyArn);
        ArgumentNullException.ThrowIfNull(localKeyArn);
        if (Parse(storedKeyArn) is not { } stored || Parse(localKeyArn) is not { } local)
        {
            return storedKeyArn;
        }

        var sameKey = string.Equals(stored.Partition, local.Partition, StringComparison.Ordinal)
            && string.Equals(stored.Account, local.Account, StringComparison.Ordinal)
            && string.Equals(stored.Resource, local.Resource, StringComparison.Ordinal);
        return sameKey ? localKeyArn : storedKeyArn;
    }

    private static (string Partition, string Region, string Account, string Resource)? Parse(string arn)
    {
        // arn:<partition>:kms:<region>:<account>:key/mrk-<id>
        var parts = arn.Split(':');
        return parts.Length == 6
            && string.Equals(parts[0], "arn", StringComparison.Ordinal)
            && string.Equals(parts[2], "kms", StringComparison.Ordinal)
            && parts[5].StartsWith(MultiRegionKeyPrefix, StringComparison.Ordinal)
            && parts[3].Length > 0
            ? (parts[1], parts[3], parts[4], parts[5])
            : null;
    }
}

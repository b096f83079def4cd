namespace GitGoods.Infrastructure;

/// <summary>
/// What makes one <see cref="GitGoodsStack"/> differ from another: the main stack owns the tables (global tables with a
/// replica in <see cref="StandbyRegion"/>), the user pool, the analytics store and the web site; a standby stack
/// (<see cref="Primary"/> set) runs the same API, functions, queues and workflow in its own region on the replicas, and
/// trusts the main stack's user pool (docs/runbooks/failover.md).
/// </summary>
public sealed record GitGoodsStackOptions
{
    /// <summary>The site's CloudFront-scope web ACL (from the edge stack, or an existing one); none when null. Main stack only.</summary>
    public string? WebAclArn { get; init; }

    /// <summary>The standby region the main stack's tables and key replicate to; null for none. Main stack only.</summary>
    public string? StandbyRegion { get; init; }

    /// <summary>The main stack this one stands by for; null for the main stack itself.</summary>
    public GitGoodsStack? Primary { get; init; }
}

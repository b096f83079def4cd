namespace GitGoods.Domain.Catalog.Freshness;

/// <summary>
/// How old one kind of catalogue read can be when a shopper sees it, layer by layer, in the worst case: each layer can
/// hold what the layer below handed it just before that expired. From the table to the screen:
/// <list type="number">
/// <item>DynamoDB's eventually consistent read (a replica behind the write; "usually within a second"),</item>
/// <item>DAX's item or query cache TTL (the order path writes to the table directly, so DAX never sees the write),</item>
/// <item>the function's in-process cache,</item>
/// <item>CloudFront: its cache policy's maximum TTL plus the <c>stale-while-revalidate</c> window it honours,</item>
/// <item>the browser: <c>max-age</c> plus the same <c>stale-while-revalidate</c> window.</item>
/// </list>
/// </summary>
public sealed record FreshnessBudget(
    TimeSpan Bound,
    TimeSpan TableReplication,
    TimeSpan Dax,
    TimeSpan InProcess,
    TimeSpan CloudFrontMaxTtl,
    TimeSpan MaxAge,
    TimeSpan StaleWhileRevalidate)
{
    /// <summary>The worst case of every layer added up; CloudFront and the browser may each serve one stale window.</summary>
    public TimeSpan WorstCase =>
        TableReplication + Dax + InProcess + CloudFrontMaxTtl + StaleWhileRevalidate + MaxAge + StaleWhileRevalidate;

    /// <summary>The <c>Cache-Control</c> value of the responses this budget covers.</summary>
    public string CacheControl => StaleWhileRevalidate > TimeSpan.Zero
        ? $"public, max-age={Seconds(MaxAge)}, stale-while-revalidate={Seconds(StaleWhileRevalidate)}"
        : $"public, max-age={Seconds(MaxAge)}";

    private static long Seconds(TimeSpan span) => (long)span.TotalSeconds;
}

namespace GitGoods.Edge;

/// <summary>
/// The numbers the site's WAF web ACL enforces (the CDK app's edge stack), kept here beside the manifest so that the
/// local environment's rate limiter takes the very same values: a client meets the same limits on a laptop and on AWS.
/// </summary>
public static class EdgeLimits
{
    /// <summary>
    /// Requests one client IP may make in <see cref="RateWindowSeconds"/> before it is refused (429) until its rate falls.
    /// A shopper's busiest five minutes (a page with its assets, a search per keystroke pause, cart changes, checkout)
    /// stays in the low hundreds; 2,000 leaves room for a household, office or mobile carrier NAT sharing one address,
    /// while a scraper or a flood from one address (about 7 requests a second, sustained) is cut off. Every request
    /// counts: pages, assets and API calls.
    /// </summary>
    public const int RequestsPerWindow = 2000;

    /// <summary>The rate rule's evaluation window: five minutes.</summary>
    public const int RateWindowSeconds = 300;

    /// <summary>The <c>Retry-After</c> a throttled client is given by the WAF: it is refused until its rate falls.</summary>
    public const int RetryAfterSeconds = 60;

    /// <summary>The largest request body the API accepts (its contract: 413 over 64 KiB), also WAF's largest inspection limit.</summary>
    public const int MaxBodyBytes = 64 * 1024;
}

using GitGoods.Manifest;

namespace GitGoods.Infrastructure.Api;

/// <summary>
/// The HTTP API stage's throttling (docs/deploy.md, "Surge protection"). A throttled request gets 429 from API Gateway
/// and reaches no function, so a flood on one route can neither take the Lambda concurrency the other routes need nor
/// write to the table. Limits count per route, not for the API: every route gets <see cref="Default"/> unless
/// <see cref="Routes"/> names it. The account's own regional limit (10,000 requests a second, bursts of 5,000, shared by
/// every API) stays above them all.
/// </summary>
public static class ApiThrottling
{
    /// <summary>
    /// Every route: 1,000 requests a second, bursts of 2,000. The objective is 1,000 concurrent shoppers; a shopper's
    /// page makes a few calls and then reads, so the busiest route (the product list) sees a few hundred a second at
    /// that load. The limit is there for floods: one route at its limit, at 20–100 ms a request, holds 20–100 of the
    /// 600 unreserved Lambda executions (<see cref="ConcurrencyBudget.MaxReserved"/>), so no single route can starve the rest.
    /// </summary>
    public static RouteThrottle Default { get; } = new(RateLimit: 1_000, BurstLimit: 2_000);

    /// <summary>
    /// The write routes that create orders and carts, tighter than <see cref="Default"/>: each request writes to the table
    /// (and for orders starts a workflow and a payment), so a bot creating orders or carts is stopped at the door.
    /// The keys are manifest route keys (<see cref="HttpRouteTrigger.RouteKey"/>); the stack refuses one the manifest lacks.
    /// </summary>
    public static IReadOnlyDictionary<string, RouteThrottle> Routes { get; } = new Dictionary<string, RouteThrottle>(StringComparer.Ordinal)
    {
        // PlaceOrder: the workflow is sized for this rate; the burst equals PlaceOrder's reserved concurrency, so excess
        // orders get API Gateway's 429 (the SPA says "try again in a moment") before Lambda throttles, which API Gateway
        // would answer with a 500.
        ["POST /api/orders"] = new(RateLimit: ConcurrencyBudget.OrdersPerSecond, BurstLimit: ConcurrencyBudget.PlaceOrder),

        // SetCartItem creates a cart on its first line: 1,000 shoppers each changing a line every 10 s is 100 a second; doubled.
        ["PUT /api/cart/items/{productId}"] = new(RateLimit: 200, BurstLimit: 400),

        // MergeCart runs once per sign-in; as many a second as orders is ample.
        ["POST /api/cart/merge"] = new(RateLimit: ConcurrencyBudget.OrdersPerSecond, BurstLimit: 100),
    };
}

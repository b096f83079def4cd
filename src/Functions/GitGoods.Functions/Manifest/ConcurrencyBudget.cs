namespace GitGoods.Manifest;

/// <summary>
/// How the account's Lambda concurrency is shared: the order path reserves what it needs to keep taking orders in a
/// surge (<see cref="FunctionDefinition.ReservedConcurrency"/>), everything else shares the rest. A reservation is both a
/// floor (no flood on the catalogue can take it away) and a ceiling (the order path cannot take more), so each number
/// below is sized from the traffic the API lets through (Little's law: concurrency = arrival rate × duration). The API's
/// stage throttling (the CDK app's <c>ApiThrottling</c>) admits at most <see cref="OrdersPerSecond"/> orders a second.
/// docs/deploy.md ("Surge protection") explains the numbers and how to raise them.
/// </summary>
public static class ConcurrencyBudget
{
    /// <summary>Lambda's default concurrent executions per account and region (a quota: new accounts may start lower).</summary>
    public const int AccountConcurrency = 1_000;

    /// <summary>Lambda refuses a reservation that would leave fewer unreserved executions than this.</summary>
    public const int MinimumUnreserved = 100;

    /// <summary>
    /// The most the order path may reserve in all: 40% of the account, so the 30 other functions (catalogue, cart,
    /// seller and admin routes, analytics) keep at least 600 executions. At 20–100 ms a warm request, 600 executions
    /// serve several thousand requests a second, more than the API's default route limit lets through on the busiest routes.
    /// </summary>
    public const int MaxReserved = 400;

    /// <summary>The sustained order rate the API admits on <c>POST /api/orders</c> (its route throttle), and the rate the workflow must keep up with.</summary>
    public const int OrdersPerSecond = 50;

    /// <summary>
    /// PlaceOrder: a placement takes 100–300 ms warm and up to about a second with a cold start, so 50 orders a second
    /// need 15–50 executions; the route's burst (100 at once) needs 100. The route's burst limit is this number, so API
    /// Gateway refuses excess orders with a clean 429 before Lambda would throttle (which API Gateway turns into a 500).
    /// </summary>
    public const int PlaceOrder = 100;

    /// <summary>
    /// ReserveStock and ConfirmOrder: an execution runs its steps one after another, so a step holds as many executions
    /// as there are orders in it: 50 orders a second × 50–200 ms is 3–10. 50 leaves room for cold starts and lets the
    /// queue's backlog after a surge drain several times faster than orders arrive.
    /// </summary>
    public const int OrderStep = 50;

    /// <summary>AuthorizePayment waits on the payment provider (0.3–1 s, more when it is slow): 50 orders a second × 1 s is 50, doubled.</summary>
    public const int PaymentStep = 100;

    /// <summary>
    /// ReleaseStock, VoidPayment, RejectOrder and RecordFailure run only when an order fails. When the payment provider
    /// is down every order takes ReleaseStock → RejectOrder; 20 executions of ~100 ms writes carry 200 orders a second,
    /// and 20 one-second voids carry 20 a second. A throttled step is retried (Lambda.TooManyRequestsException is a
    /// transient error of the workflow) and a failed execution returns its message to the queue, so a short squeeze
    /// slows orders down without losing them.
    /// </summary>
    public const int CompensationStep = 20;

    /// <summary>
    /// RelayOrderOutbox runs once a minute for at most 10 s and rescues orders whose direct hand-off failed, which is most
    /// likely in a surge: it must never be starved. Two: the scheduled run, and a retry or an operator's manual run beside it.
    /// </summary>
    public const int OutboxRelay = 2;
}

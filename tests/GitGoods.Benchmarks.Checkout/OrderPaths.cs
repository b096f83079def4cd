namespace GitGoods.Benchmarks.Checkout;

/// <summary>
/// The order path's DynamoDB calls (POST /api/orders, then the workflow up to CONFIRMED), as listed in docs/benchmarks.md §10.
/// The replay runs the same number and kind of calls on a bare engine: the floor the real path is judged against.
/// </summary>
internal static class OrderPaths
{
    /// <summary>Issue 15's path: 5 calls in the POST, 5 in the workflow, all one after another.</summary>
    public static IReadOnlyList<RoundTrip> Before { get; } =
    [
        new(RoundTripKind.ConditionalPut), // idempotency claim
        new(RoundTripKind.BatchGet), // products, for pricing
        new(RoundTripKind.Transaction, 3), // order + seller index entry + outbox entry
        new(RoundTripKind.Delete), // outbox entry, after the SQS hand-off
        new(RoundTripKind.ConditionalUpdate), // idempotency record completed
        new(RoundTripKind.GetItem), // ReserveStock reads the order
        new(RoundTripKind.Transaction, 2, TakesStock: true), // order holds stock + product stock taken
        new(RoundTripKind.GetItem), // AuthorizePayment reads the order
        new(RoundTripKind.ConditionalPut), // the simulated processor records the authorisation (Stripe on AWS: HTTP, not DynamoDB)
        new(RoundTripKind.ConditionalUpdate), // ConfirmOrder: PENDING and holding stock → CONFIRMED
    ];

    /// <summary>Issue 16's path: the same 10 calls, 8 in sequence: the claim beside the product read, the completion beside the hand-off.</summary>
    public static IReadOnlyList<RoundTrip> After { get; } =
    [
        new(RoundTripKind.ConditionalPut), // idempotency claim …
        new(RoundTripKind.BatchGet, Parallel: true), // … beside the product read
        new(RoundTripKind.Transaction, 3), // order + seller index entry + outbox entry
        new(RoundTripKind.Delete), // outbox entry, after the SQS hand-off …
        new(RoundTripKind.ConditionalUpdate, Parallel: true), // … beside the idempotency record's completion
        new(RoundTripKind.GetItem), // ReserveStock reads the order
        new(RoundTripKind.Transaction, 2, TakesStock: true), // order holds stock + product stock taken
        new(RoundTripKind.GetItem), // AuthorizePayment reads the order
        new(RoundTripKind.ConditionalPut), // the simulated processor records the authorisation
        new(RoundTripKind.ConditionalUpdate), // ConfirmOrder
    ];

    /// <summary>How many of a path's first calls are the POST's (the rest are the workflow's).</summary>
    public const int PostCalls = 5;

    /// <summary>How many calls run one after another (a parallel call adds none).</summary>
    public static int Sequential(IReadOnlyList<RoundTrip> path) => path.Count(r => !r.Parallel);
}

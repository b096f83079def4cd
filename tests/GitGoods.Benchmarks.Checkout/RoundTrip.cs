namespace GitGoods.Benchmarks.Checkout;

/// <summary>The kinds of DynamoDB call on the order path, each with the number of items it touches.</summary>
internal enum RoundTripKind
{
    /// <summary>A conditional PutItem (idempotency claim).</summary>
    ConditionalPut,

    /// <summary>BatchGetItem of the order's products (consistent).</summary>
    BatchGet,

    /// <summary>GetItem, strongly consistent (load the order).</summary>
    GetItem,

    /// <summary>UpdateItem with a condition (confirm; idempotency completion).</summary>
    ConditionalUpdate,

    /// <summary>DeleteItem (outbox entry sent).</summary>
    Delete,

    /// <summary>TransactWriteItems of N items (<see cref="RoundTrip.Items"/>).</summary>
    Transaction,
}

/// <summary>One DynamoDB call of the order path, run sequentially (or <see cref="Parallel"/> with the previous one); a transaction that <see cref="TakesStock"/> updates the shared product.</summary>
internal sealed record RoundTrip(RoundTripKind Kind, int Items = 1, bool Parallel = false, bool TakesStock = false);

namespace GitGoods.Adapters.Payments.Stripe;

/// <summary>
/// Idempotency-Key values, one per order and operation: a retry (ours, the workflow's, a redelivered message) replays
/// Stripe's first answer instead of acting twice.
/// </summary>
internal static class StripeIdempotencyKeys
{
    public static string Authorize(string orderId) => "gitgoods-authorize-" + orderId;

    public static string Cancel(string orderId) => "gitgoods-cancel-" + orderId;

    public static string Capture(string orderId) => "gitgoods-capture-" + orderId;

    public static string Refund(string orderId) => "gitgoods-refund-" + orderId;
}

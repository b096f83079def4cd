namespace GitGoods.Orders;

/// <summary>
/// The names of the order business metrics the functions write as CloudWatch Embedded Metric Format. The CDK app's alarms and
/// dashboard (GitGoods.Infrastructure's Operations folder) read these same constants, so renaming a metric here renames it there:
/// an alarm can never be left watching a metric nobody writes. The namespace and the one dimension, <c>service</c>, come from
/// the hosting layer (<c>LambdaMetrics</c>) and the function's settings. Every metric here is written with that single, fixed
/// dimension set: CloudWatch matches an alarm to a metric on its whole dimension set, so a per-order dimension (a rejection
/// reason, a seller) would split the series and blind the alarms. The rejection reason goes to the step's log line instead.
/// </summary>
public static class OrderMetrics
{
    /// <summary>An order was stored and handed to the workflow (PlaceOrder); Count.</summary>
    public const string OrderPlaced = "OrderPlaced";

    /// <summary>The workflow confirmed an order, counted once per order however often its message is delivered; Count.</summary>
    public const string OrderConfirmed = "OrderConfirmed";

    /// <summary>The workflow rejected an order (out of stock, payment declined or failed), once per order; Count.</summary>
    public const string OrderRejected = "OrderRejected";

    /// <summary>A confirmed order's total in integer minor units of the shop's one currency (SGD cents); unit None, summed on dashboards.</summary>
    public const string Revenue = "Revenue";

    /// <summary>
    /// Milliseconds from an order's placement (its creation time) to the workflow's first confirmation or rejection of it:
    /// the service level objective "validation of a placed order takes under 500 ms".
    /// </summary>
    public const string OrderValidationTime = "OrderValidationTime";
}

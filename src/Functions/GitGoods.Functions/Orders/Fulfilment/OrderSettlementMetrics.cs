using GitGoods.Hosting.Logging;
using GitGoods.Hosting.Metrics;

namespace GitGoods.Orders.Fulfilment;

/// <summary>
/// Writes an order's settlement as business metrics (<see cref="OrderMetrics"/>): OrderConfirmed with Revenue, or OrderRejected,
/// and OrderValidationTime for both. A rejection also gets one log line with its reason, which the metrics leave out on purpose
/// (their dimension set stays fixed so the alarms match them); the order id is no personal data.
/// </summary>
public static class OrderSettlementMetrics
{
    public static void Record(OrderSettlement? settlement, string orderId, LambdaMetrics metrics, LambdaLogger logger)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(logger);
        if (settlement is null)
        {
            return;
        }

        if (settlement.Confirmed)
        {
            metrics.AddMetric(OrderMetrics.OrderConfirmed, 1, MetricUnit.Count);
            metrics.AddMetric(OrderMetrics.Revenue, settlement.Total.Amount, MetricUnit.None);
        }
        else
        {
            metrics.AddMetric(OrderMetrics.OrderRejected, 1, MetricUnit.Count);
            logger.Information("Order rejected.", new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["orderId"] = orderId,
                ["reason"] = settlement.RejectionReason,
            });
        }

        metrics.AddMetric(OrderMetrics.OrderValidationTime, settlement.ValidationTime.TotalMilliseconds, MetricUnit.Milliseconds);
    }
}

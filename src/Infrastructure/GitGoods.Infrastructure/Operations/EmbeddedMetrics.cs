using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;

using GitGoods.Hosting.Metrics;
using GitGoods.Infrastructure.Functions;

namespace GitGoods.Infrastructure.Operations;

/// <summary>
/// The business metrics the functions write as Embedded Metric Format (<see cref="GitGoods.Orders.OrderMetrics"/>), as CloudWatch
/// stores them: namespace <see cref="ShopFunction.MetricsNamespace"/> and the one dimension <see cref="LambdaMetrics.ServiceDimension"/>
/// = <see cref="ShopFunction.ServiceName"/>, the values <see cref="ShopFunction"/> gives every function. An alarm matches a metric
/// on its whole dimension set, so these must be exactly what the functions write (a test writes one through the hosting layer and
/// compares).
/// </summary>
public static class EmbeddedMetrics
{
    public static Metric Of(string metricName, string statistic, Duration? period = null) => new(new MetricProps
    {
        Namespace = ShopFunction.MetricsNamespace,
        MetricName = metricName,
        DimensionsMap = new Dictionary<string, string>(StringComparer.Ordinal) { [LambdaMetrics.ServiceDimension] = ShopFunction.ServiceName },
        Statistic = statistic,
        Period = period ?? DetectionWindow.Period,
    });
}

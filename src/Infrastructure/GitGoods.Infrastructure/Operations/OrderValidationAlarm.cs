using System.Globalization;

using Amazon.CDK.AWS.CloudWatch;

using Constructs;

using GitGoods.Orders;

namespace GitGoods.Infrastructure.Operations;

/// <summary>
/// The objective "validation of a placed order takes under 500 ms", from the <see cref="OrderMetrics.OrderValidationTime"/> metric
/// the order workflow writes (placement to first confirmation or rejection, EMF): its p99 above 500 ms in 3 of the last 5 minutes.
/// One slow order (a slow payment provider answer) breaches one minute at most; orders slow for three minutes page.
/// </summary>
public sealed class OrderValidationAlarm : Construct
{
    public const double P99ThresholdMs = 500;

    public OrderValidationAlarm(Construct scope, string id)
        : base(scope, id)
    {
        Alarm = EmbeddedMetrics.Of(OrderMetrics.OrderValidationTime, Stats.Percentile(99)).CreateAlarm(this, "P99", new CreateAlarmOptions
        {
            Threshold = P99ThresholdMs,
            ComparisonOperator = ComparisonOperator.GREATER_THAN_THRESHOLD,
            EvaluationPeriods = DetectionWindow.EvaluationPeriods,
            DatapointsToAlarm = DetectionWindow.DatapointsToAlarm,
            TreatMissingData = TreatMissingData.NOT_BREACHING,
            AlarmDescription = $"Order validation (placement to confirmation or rejection) p99 above {P99ThresholdMs.ToString(CultureInfo.InvariantCulture)} ms "
                + "in 3 of the last 5 minutes. Runbook: docs/runbooks/incident.md#order-validation-p99",
        });
    }

    public Alarm Alarm { get; }
}

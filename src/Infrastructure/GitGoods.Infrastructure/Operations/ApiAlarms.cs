using System.Globalization;

using Amazon.CDK.AWS.Apigatewayv2;
using Amazon.CDK.AWS.CloudWatch;

using Constructs;

namespace GitGoods.Infrastructure.Operations;

/// <summary>
/// The API's two symptom alarms, from API Gateway's own metrics (namespace AWS/ApiGateway; an HTTP API with only the
/// <c>$default</c> stage publishes them with the one dimension <c>ApiId</c>): p99 latency over 500 ms (the objective "answers in
/// under 500 ms") and a 5xx rate over 1 %, each in 3 of the last 5 minutes (<see cref="DetectionWindow"/>). Both ignore minutes
/// with too little traffic to mean anything, where one cold start or one failed request would otherwise page someone at night;
/// the error-budget burn-rate alarms (<see cref="AvailabilitySlo"/>) still count every request.
/// </summary>
public sealed class ApiAlarms : Construct
{
    public const double LatencyP99ThresholdMs = 500;

    public const double ServerErrorRateThresholdPercent = 1;

    /// <summary>Below 100 requests a minute the p99 is the slowest request or next to it: one cold start is not a latency problem.</summary>
    public const int LatencyMinimumRequestsPerMinute = 100;

    /// <summary>Below 20 requests a minute a single failed request is 5 % or more: the burn-rate alarms judge quiet hours instead.</summary>
    public const int ErrorRateMinimumRequestsPerMinute = 20;

    public ApiAlarms(Construct scope, string id, IHttpApi api)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(api);
        var requests = api.MetricCount(new MetricOptions { Period = DetectionWindow.Period, Statistic = Stats.SUM });

        LatencyAlarm = Sustained("LatencyP99", new MathExpression(new MathExpressionProps
        {
            Expression = $"IF(requests >= {Invariant(LatencyMinimumRequestsPerMinute)}, latencyP99, 0)",
            UsingMetrics = new Dictionary<string, IMetric>(StringComparer.Ordinal)
            {
                ["requests"] = requests,
                ["latencyP99"] = api.MetricLatency(new MetricOptions { Period = DetectionWindow.Period, Statistic = Stats.Percentile(99) }),
            },
            Period = DetectionWindow.Period,
            Label = "API p99 latency (ms) in minutes with enough traffic",
        }), LatencyP99ThresholdMs,
            $"API p99 latency above {Invariant(LatencyP99ThresholdMs)} ms in 3 of the last 5 minutes (minutes with at least "
            + $"{Invariant(LatencyMinimumRequestsPerMinute)} requests). Runbook: docs/runbooks/incident.md#api-p99-latency");

        ServerErrorRateAlarm = Sustained("ServerErrorRate", new MathExpression(new MathExpressionProps
        {
            Expression = $"IF(requests >= {Invariant(ErrorRateMinimumRequestsPerMinute)}, 100 * serverErrors / requests, 0)",
            UsingMetrics = new Dictionary<string, IMetric>(StringComparer.Ordinal)
            {
                ["requests"] = requests,
                ["serverErrors"] = api.MetricServerError(new MetricOptions { Period = DetectionWindow.Period, Statistic = Stats.SUM }),
            },
            Period = DetectionWindow.Period,
            Label = "API 5xx rate (%) in minutes with enough traffic",
        }), ServerErrorRateThresholdPercent,
            $"API 5xx responses above {Invariant(ServerErrorRateThresholdPercent)} % of requests in 3 of the last 5 minutes (minutes with at "
            + $"least {Invariant(ErrorRateMinimumRequestsPerMinute)} requests). Runbook: docs/runbooks/incident.md#api-5xx-rate");
    }

    public Alarm LatencyAlarm { get; }

    public Alarm ServerErrorRateAlarm { get; }

    private Alarm Sustained(string id, IMetric metric, double threshold, string description) => new(this, id, new AlarmProps
    {
        Metric = metric,
        Threshold = threshold,
        ComparisonOperator = ComparisonOperator.GREATER_THAN_THRESHOLD,
        EvaluationPeriods = DetectionWindow.EvaluationPeriods,
        DatapointsToAlarm = DetectionWindow.DatapointsToAlarm,
        TreatMissingData = TreatMissingData.NOT_BREACHING,
        AlarmDescription = description,
    });

    private static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;

using Amazon.CDK.AWS.ApplicationSignals;
using Amazon.CDK.AWS.Apigatewayv2;
using Amazon.CDK.AWS.CloudWatch;

using Constructs;

namespace GitGoods.Infrastructure.Operations;

/// <summary>
/// The 99.9 % availability objective as a CloudWatch Application Signals service level objective on the API's own metrics
/// (request-based: bad = API Gateway's <c>5xx</c>, total = <c>Count</c>, over a rolling 30 days), and the multi-window burn-rate
/// alarms on it (<see cref="BurnRateWindows"/>). Application Signals publishes one <c>BurnRate</c> metric per look-back window
/// (namespace AWS/ApplicationSignals, dimensions <c>SloName</c> and <c>BurnRateWindowMinutes</c>) every minute, so an alarm sees a
/// six-hour burn rate in a one-minute datapoint and its own window stays within the 10-minute detection budget
/// (docs/decisions/0023-alarms-and-burn-rate.md). Creating the SLO creates Application Signals' service-linked role if the
/// account lacks it; nothing needs instrumenting.
/// </summary>
public sealed class AvailabilitySlo : Construct
{
    public const double AttainmentGoalPercent = 99.9;

    /// <summary>The budget's interval: a rolling 30 days (43.2 minutes of full outage at 99.9 %).</summary>
    public const int IntervalDays = 30;

    /// <summary>Warn (in the SLO console) when half the budget is spent.</summary>
    public const double WarningThresholdPercent = 50;

    public const string BurnRateNamespace = "AWS/ApplicationSignals";
    public const string BurnRateMetricName = "BurnRate";
    public const string SloNameDimension = "SloName";
    public const string WindowDimension = "BurnRateWindowMinutes";

    /// <summary>Both windows must stay above the threshold for two one-minute datapoints in a row: one odd datapoint never pages.</summary>
    public const int BurnEvaluationPeriods = 2;

    private const int MetricPeriodSeconds = 60;

    /// <param name="sloName">The SLO's name: unique in the account and region, so it carries the stack's name.</param>
    public AvailabilitySlo(Construct scope, string id, IHttpApi api, string sloName)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentException.ThrowIfNullOrWhiteSpace(sloName);
        SloName = sloName;
        Objective = new CfnServiceLevelObjective(this, "Objective", new CfnServiceLevelObjectiveProps
        {
            Name = sloName,
            Description = $"{AttainmentGoalPercent.ToString(CultureInfo.InvariantCulture)} % of API requests answer without a 5xx, over a rolling {IntervalDays} days.",
            RequestBasedSli = new CfnServiceLevelObjective.RequestBasedSliProperty
            {
                RequestBasedSliMetric = new CfnServiceLevelObjective.RequestBasedSliMetricProperty
                {
                    TotalRequestCountMetric = new object[] { ApiQuery("total", "Count", api) },
                    MonitoredRequestCountMetric = new CfnServiceLevelObjective.MonitoredRequestCountMetricProperty
                    {
                        BadCountMetric = new object[] { ApiQuery("bad", "5xx", api) },
                    },
                },
            },
            Goal = new CfnServiceLevelObjective.GoalProperty
            {
                AttainmentGoal = AttainmentGoalPercent,
                WarningThreshold = WarningThresholdPercent,
                Interval = new CfnServiceLevelObjective.IntervalProperty
                {
                    RollingInterval = new CfnServiceLevelObjective.RollingIntervalProperty { Duration = IntervalDays, DurationUnit = "DAY" },
                },
            },
            BurnRateConfigurations = BurnRateWindows.LookBackMinutes
                .Select(minutes => (object)new CfnServiceLevelObjective.BurnRateConfigurationProperty { LookBackWindowMinutes = minutes })
                .ToArray(),
        });

        FastBurnAlarm = BurnAlarm(BurnRateWindows.Fast);
        SlowBurnAlarm = BurnAlarm(BurnRateWindows.Slow);
    }

    public string SloName { get; }

    public CfnServiceLevelObjective Objective { get; }

    public Alarm FastBurnAlarm { get; }

    public Alarm SlowBurnAlarm { get; }

    /// <summary>The burn rate Application Signals publishes for one look-back window (minutes).</summary>
    public Metric BurnRate(int windowMinutes) => new(new MetricProps
    {
        Namespace = BurnRateNamespace,
        MetricName = BurnRateMetricName,
        DimensionsMap = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SloNameDimension] = SloName,
            [WindowDimension] = windowMinutes.ToString(CultureInfo.InvariantCulture),
        },
        Statistic = Stats.MAXIMUM,
        Period = DetectionWindow.Period,
        Label = $"burn rate, {windowMinutes} min",
    });

    /// <summary>The SLO's attainment so far in its interval (percent).</summary>
    public Metric Attainment() => new(new MetricProps
    {
        Namespace = BurnRateNamespace,
        MetricName = "AttainmentRate",
        DimensionsMap = new Dictionary<string, string>(StringComparer.Ordinal) { [SloNameDimension] = SloName },
        Statistic = Stats.MINIMUM,
        Period = Amazon.CDK.Duration.Minutes(5),
        Label = "attainment (%)",
    });

    /// <summary>
    /// One alarm per rule on the smaller of the two windows' burn rates: it exceeds the threshold only when both do. A window
    /// without a datapoint counts as 0 (no requests burn no budget), so the long window alone can never fire it.
    /// </summary>
    private Alarm BurnAlarm(BurnRateWindows windows)
    {
        var alarm = new Alarm(this, windows.Name, new AlarmProps
        {
            Metric = new MathExpression(new MathExpressionProps
            {
                Expression = "MIN([FILL(longWindow, 0), FILL(shortWindow, 0)])",
                UsingMetrics = new Dictionary<string, IMetric>(StringComparer.Ordinal)
                {
                    ["longWindow"] = BurnRate(windows.LongMinutes),
                    ["shortWindow"] = BurnRate(windows.ShortMinutes),
                },
                Period = DetectionWindow.Period,
                Label = $"error-budget burn rate, lower of {windows.LongMinutes} and {windows.ShortMinutes} min",
            }),
            Threshold = windows.Threshold,
            ComparisonOperator = ComparisonOperator.GREATER_THAN_THRESHOLD,
            EvaluationPeriods = BurnEvaluationPeriods,
            DatapointsToAlarm = BurnEvaluationPeriods,
            TreatMissingData = TreatMissingData.NOT_BREACHING,
            AlarmDescription = $"The API's 99.9 % availability budget is burning at {windows.Describe()}. "
                + $"Runbook: docs/runbooks/incident.md#error-budget-{windows.Name.ToLowerInvariant()}",
        });
        alarm.Node.AddDependency(Objective);
        return alarm;
    }

    private static CfnServiceLevelObjective.MetricDataQueryProperty ApiQuery(string id, string metricName, IHttpApi api) => new()
    {
        Id = id,
        ReturnData = true,
        MetricStat = new CfnServiceLevelObjective.MetricStatProperty
        {
            Period = MetricPeriodSeconds,
            Stat = "Sum",
            Metric = new CfnServiceLevelObjective.MetricProperty
            {
                Namespace = "AWS/ApiGateway",
                MetricName = metricName,
                Dimensions = new object[] { new CfnServiceLevelObjective.DimensionProperty { Name = "ApiId", Value = api.ApiId } },
            },
        },
    };
}

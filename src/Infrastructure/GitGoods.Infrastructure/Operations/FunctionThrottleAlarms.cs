using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.Lambda;

using Constructs;

namespace GitGoods.Infrastructure.Operations;

/// <summary>
/// One throttles alarm per function: Lambda refused invocations in 3 of the last 5 minutes. Per function rather than one
/// metric-math alarm over all of them, because an alarm's math may read at most 10 metrics (the app has over 30 functions), the
/// account-wide Throttles metric also counts other stacks in the account, and reserved concurrency is set per function, so the
/// alarm's name should say which function ran out. They notify the team but do not page: throttled API calls surface as 5xx
/// (paging through the 5xx and burn-rate alarms), and throttled workflow or stream invocations are retried.
/// </summary>
public sealed class FunctionThrottleAlarms : Construct
{
    private readonly Dictionary<string, Alarm> _alarms = new(StringComparer.Ordinal);

    /// <param name="functions">The functions by manifest name.</param>
    public FunctionThrottleAlarms(Construct scope, string id, IReadOnlyDictionary<string, IFunction> functions)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(functions);
        foreach (var (name, function) in functions.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            _alarms[name] = function.MetricThrottles(new MetricOptions { Period = DetectionWindow.Period, Statistic = Stats.SUM })
                .CreateAlarm(this, name, new CreateAlarmOptions
                {
                    Threshold = 1,
                    ComparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                    EvaluationPeriods = DetectionWindow.EvaluationPeriods,
                    DatapointsToAlarm = DetectionWindow.DatapointsToAlarm,
                    TreatMissingData = TreatMissingData.NOT_BREACHING,
                    AlarmDescription = $"{name} was throttled in 3 of the last 5 minutes (concurrency exhausted). Runbook: docs/runbooks/incident.md#function-throttles",
                });
        }
    }

    /// <summary>The alarms by manifest name.</summary>
    public IReadOnlyDictionary<string, Alarm> Alarms => _alarms;
}

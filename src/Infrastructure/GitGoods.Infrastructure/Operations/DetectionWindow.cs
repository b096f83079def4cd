using Amazon.CDK;

namespace GitGoods.Infrastructure.Operations;

/// <summary>
/// How the alarms keep the objective "detect a sustained spike or failure within 10 minutes; alert within 20". An alarm can only
/// decide once it has seen Period × EvaluationPeriods of data, so that product is the alarm's window, and every alarm of the app
/// keeps it at or under <see cref="MaxSeconds"/> (a test reads every synthesized alarm). Long look-backs, such as the burn rate
/// over six hours, are computed outside the alarm (CloudWatch Application Signals publishes them per minute) so that the alarm
/// on them still decides within minutes.
/// </summary>
public static class DetectionWindow
{
    /// <summary>The detection budget: no alarm may need more than ten minutes of data to decide.</summary>
    public const int MaxSeconds = 600;

    /// <summary>The symptom alarms look at the last five one-minute periods…</summary>
    public const int EvaluationPeriods = 5;

    /// <summary>
    /// …and fire when three of them breach: sustained, so one slow cold start, a deploy's few seconds of errors or a single slow
    /// payment do not page, yet a real failure is caught in 3 to 5 minutes plus CloudWatch's one to two minutes of metric delay.
    /// </summary>
    public const int DatapointsToAlarm = 3;

    /// <summary>One minute: the finest period the services' standard metrics and EMF metrics have.</summary>
    public static Duration Period => Duration.Minutes(1);
}

using Amazon.CDK.AWS.CloudWatch;

using Constructs;

namespace GitGoods.Infrastructure.Operations;

/// <summary>
/// The one alarm that pages: a composite alarm in ALARM while any severe alarm is (API latency, 5xx rate, error-budget burn,
/// order validation, dead letters, stuck orders, failed workflows, and whatever is added later, such as the synthetic canary's).
/// Its ALARM and its return to OK go to the team's topic; the on-call person acts on it and reads the single alarms for the cause.
/// </summary>
public sealed class PagingAlarm : Construct
{
    /// <summary>CloudWatch's limit on the alarms one composite alarm's rule may name.</summary>
    public const int MaxAlarms = 100;

    private readonly List<IAlarm> _alarms = [];

    public PagingAlarm(Construct scope, string id, IEnumerable<IAlarm> severe)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(severe);
        _alarms.AddRange(severe);
        RequireSomeAndNotTooMany();
        Alarm = new CompositeAlarm(this, "Alarm", new CompositeAlarmProps
        {
            AlarmRule = Rule(),
            AlarmDescription = "PAGE: a severe Git Goods alarm is firing (its name is in the alarm's history and in the channel). "
                + "Runbook: docs/runbooks/incident.md#paging-alarm",
        });
    }

    public CompositeAlarm Alarm { get; }

    /// <summary>The alarms the rule names, in order.</summary>
    public IReadOnlyList<IAlarm> Alarms => _alarms;

    /// <summary>Pages on <paramref name="alarm"/> too (e.g. an availability canary built after this construct).</summary>
    /// <exception cref="InvalidOperationException">When the rule would name more than <see cref="MaxAlarms"/> alarms.</exception>
    public void Add(IAlarm alarm)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        _alarms.Add(alarm);
        RequireSomeAndNotTooMany();
        // CompositeAlarm renders its rule once; the L1 property is rewritten so the added alarm is in the template.
        ((CfnCompositeAlarm)Alarm.Node.DefaultChild!).AlarmRule = Rule().RenderAlarmRule();
    }

    private IAlarmRule Rule() => AlarmRule.AnyOf([.. _alarms.Select(a => AlarmRule.FromAlarm(a, AlarmState.ALARM))]);

    private void RequireSomeAndNotTooMany()
    {
        if (_alarms.Count is 0 or > MaxAlarms)
        {
            throw new InvalidOperationException(
                $"The paging alarm must name between 1 and {MaxAlarms} alarms (CloudWatch's limit for a composite rule), not {_alarms.Count}.");
        }
    }
}

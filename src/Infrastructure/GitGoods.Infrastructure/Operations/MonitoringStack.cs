using System.Diagnostics.CodeAnalysis;

using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;

using Constructs;

namespace GitGoods.Infrastructure.Operations;

/// <summary>
/// Detection and alerting for the service level objectives, in a nested stack of its own: the main stack is near
/// CloudFormation's 500-resource limit, and monitoring changes then deploy as one small template. CDK turns the references to
/// the main stack's API, functions, queues, state machine, topic and alarms into parameters of this stack.
/// <list type="bullet">
/// <item>symptom alarms: API p99 latency and 5xx rate (<see cref="ApiAlarms"/>), order validation p99 (<see cref="OrderValidationAlarm"/>),
/// function throttles (<see cref="FunctionThrottleAlarms"/>);</item>
/// <item>the 99.9 % availability objective with fast and slow burn-rate alarms (<see cref="AvailabilitySlo"/>);</item>
/// <item>one composite paging alarm over the severe ones (<see cref="PagingAlarm"/>; <see cref="AddPagingAlarm"/> adds more);</item>
/// <item>every alarm notifies the team's topic, which AWS Chatbot relays to Slack when the context names a channel
/// (<see cref="AlarmChatChannel"/>);</item>
/// <item>the on-call dashboard (<see cref="OperationsDashboard"/>).</item>
/// </list>
/// docs/runbooks/incident.md says what each alarm means and what to do; docs/decisions/0023 why they are built this way.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "A CDK NestedStack subclass: the suffix is the CDK convention.")]
public sealed class MonitoringStack : NestedStack
{
    private readonly OperationsAlarmTopic _topic;

    public MonitoringStack(Construct scope, string id, MonitoringOptions options)
        : base(scope, id, new NestedStackProps { Description = "Git Goods monitoring: SLO alarms, burn rates, paging alarm, Slack channel, dashboard." })
    {
        ArgumentNullException.ThrowIfNull(options);
        _topic = options.AlarmTopic;
        Api = new ApiAlarms(this, "Api", options.Api);
        Availability = new AvailabilitySlo(this, "Availability", options.Api, $"{options.Name}-api-availability");
        OrderValidation = new OrderValidationAlarm(this, "OrderValidation");
        Throttles = new FunctionThrottleAlarms(this, "Throttles", options.Functions);
        Paging = new PagingAlarm(this, "Paging",
        [
            Api.LatencyAlarm, Api.ServerErrorRateAlarm, Availability.FastBurnAlarm, Availability.SlowBurnAlarm, OrderValidation.Alarm,
            .. options.PagingAlarms,
        ]);

        foreach (var alarm in Alarms)
        {
            _topic.Notify(alarm);
        }

        _topic.NotifyWithRecovery(Paging.Alarm);
        Chat = options.Slack is { } slack ? new AlarmChatChannel(this, "Chat", slack, _topic.Topic, $"{options.Name}-alarms") : null;
        Dashboard = new OperationsDashboard(this, "Dashboard", options, Availability, Paging);
    }

    public ApiAlarms Api { get; }

    public AvailabilitySlo Availability { get; }

    public OrderValidationAlarm OrderValidation { get; }

    public FunctionThrottleAlarms Throttles { get; }

    public PagingAlarm Paging { get; }

    /// <summary>The Slack channel; null unless the context names one (<see cref="SlackChannelSettings"/>).</summary>
    public AlarmChatChannel? Chat { get; }

    public OperationsDashboard Dashboard { get; }

    /// <summary>This stack's metric alarms (the composite <see cref="PagingAlarm"/> apart).</summary>
    public IReadOnlyList<Alarm> Alarms =>
        [Api.LatencyAlarm, Api.ServerErrorRateAlarm, Availability.FastBurnAlarm, Availability.SlowBurnAlarm, OrderValidation.Alarm, .. Throttles.Alarms.Values];

    /// <summary>
    /// Pages on <paramref name="alarm"/> too: for alarms built elsewhere, such as the availability canary's. The alarm's own
    /// notifications stay its owner's business (<see cref="OperationsAlarmTopic.Notify"/>).
    /// </summary>
    public void AddPagingAlarm(IAlarm alarm) => Paging.Add(alarm);
}

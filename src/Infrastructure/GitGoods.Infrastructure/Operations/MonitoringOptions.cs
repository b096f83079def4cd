using Amazon.CDK.AWS.Apigatewayv2;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.SQS;
using Amazon.CDK.AWS.StepFunctions;

namespace GitGoods.Infrastructure.Operations;

/// <summary>What <see cref="MonitoringStack"/> watches and where it reports; everything lives in the main stack.</summary>
public sealed class MonitoringOptions
{
    /// <summary>Prefixes the names that must be unique in the account (SLO, dashboard, Chatbot configuration): the main stack's name.</summary>
    public required string Name { get; init; }

    public required IHttpApi Api { get; init; }

    /// <summary>Every function of the app, by manifest name.</summary>
    public required IReadOnlyDictionary<string, IFunction> Functions { get; init; }

    /// <summary>The topic every alarm notifies.</summary>
    public required OperationsAlarmTopic AlarmTopic { get; init; }

    public required IQueue OrderQueue { get; init; }

    public required IQueue OrderDeadLetterQueue { get; init; }

    public required IStateMachine OrderWorkflow { get; init; }

    /// <summary>The RejectOrder step's log group: its "Order rejected." lines carry the reasons the metrics leave out.</summary>
    public required ILogGroup RejectionLogs { get; init; }

    /// <summary>Alarms made elsewhere that must page too (dead letters, stuck orders, workflow failures).</summary>
    public IReadOnlyList<IAlarm> PagingAlarms { get; init; } = [];

    /// <summary>The Slack channel for the alarms; none when null.</summary>
    public SlackChannelSettings? Slack { get; init; }
}

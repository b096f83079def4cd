using Amazon.CDK;
using Amazon.CDK.AWS.Apigatewayv2;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.SQS;
using Amazon.CDK.AWS.StepFunctions;

using GitGoods.Infrastructure.Operations;

namespace GitGoods.Infrastructure.Tests.Operations;

/// <summary>
/// A <see cref="MonitoringStack"/> under a parent stack of imported stand-ins (one function, queues, a state machine), for tests
/// that need another context than the shared synthesis's without synthesizing the whole app again.
/// </summary>
internal static class BareMonitoring
{
    public const string Region = "ap-southeast-1";
    public const string Account = "123456789012";

    public static MonitoringStack Create(IDictionary<string, object>? context = null)
    {
        var app = BareApp.Create(context);
        var parent = new Stack(app, "Parent", new StackProps { Env = new Amazon.CDK.Environment { Account = Account, Region = Region } });
        var arn = $"arn:aws:sqs:{Region}:{Account}:";
        return new MonitoringStack(parent, "Monitoring", new MonitoringOptions
        {
            Name = parent.StackName,
            Api = new HttpApi(parent, "Api"),
            Functions = new Dictionary<string, IFunction>(StringComparer.Ordinal) { ["Health"] = Function.FromFunctionName(parent, "Health", "health") },
            AlarmTopic = new OperationsAlarmTopic(parent, "Alarms"),
            OrderQueue = Queue.FromQueueArn(parent, "Orders", arn + "orders"),
            OrderDeadLetterQueue = Queue.FromQueueArn(parent, "DeadLetters", arn + "orders-dlq"),
            OrderWorkflow = StateMachine.FromStateMachineArn(parent, "Workflow", $"arn:aws:states:{Region}:{Account}:stateMachine:orders"),
            RejectionLogs = LogGroup.FromLogGroupName(parent, "RejectionLogs", "/aws/lambda/reject-order"),
            Slack = SlackChannelSettings.FromContext(app.Node),
        });
    }
}

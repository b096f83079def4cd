using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Pipes;
using Amazon.CDK.AWS.SQS;
using Amazon.CDK.AWS.StepFunctions;

using Constructs;

namespace GitGoods.Infrastructure.Orders;

/// <summary>
/// The EventBridge pipe from the order queue to the order state machine. It starts each execution synchronously
/// (REQUEST_RESPONSE, StartSyncExecution) and deletes the message only when the execution succeeded; a failed or timed-out
/// execution leaves it on the queue, so it comes back after the visibility timeout and, after the queue's
/// maxReceiveCount, lands in the dead-letter queue.
/// </summary>
public sealed class OrderPipeConstruct : Construct
{
    public const string InvocationType = "REQUEST_RESPONSE";

    /// <summary>
    /// One message per execution: a batch of ten would fail, and be retried, as one, so one bad order would hold nine good
    /// ones back and push them toward the dead-letter queue with it.
    /// </summary>
    public const int BatchSize = 1;

    /// <summary>The workflow's input, <c>{"orderId": "…"}</c>, from the message body (the pipe parses a JSON body).</summary>
    public const string InputTemplate = "{\"orderId\": \"<$.body.orderId>\"}";

    public OrderPipeConstruct(Construct scope, string id, IQueue queue, IStateMachine stateMachine)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(stateMachine);

        // Inline policies are created with the role, so the pipe never starts (or gets validated) before it may act.
        Role = new Role(this, "Role", new RoleProps
        {
            Description = "The order pipe: reads the order queue and starts the order workflow synchronously.",
            AssumedBy = new ServicePrincipal("pipes.amazonaws.com", new ServicePrincipalOpts
            {
                Conditions = new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    ["StringEquals"] = new Dictionary<string, object>(StringComparer.Ordinal) { ["aws:SourceAccount"] = Stack.Of(this).Account },
                },
            }),
            InlinePolicies = new Dictionary<string, PolicyDocument>(StringComparer.Ordinal)
            {
                ["OrderPipe"] = new PolicyDocument(new PolicyDocumentProps
                {
                    Statements =
                    [
                        Allow(queue.QueueArn, "sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"),
                        Allow(stateMachine.StateMachineArn, "states:StartSyncExecution"),
                    ],
                }),
            },
        });

        Pipe = new CfnPipe(this, "Pipe", new CfnPipeProps
        {
            Description = "Order queue → order workflow (Express, synchronous).",
            RoleArn = Role.RoleArn,
            Source = queue.QueueArn,
            SourceParameters = new CfnPipe.PipeSourceParametersProperty
            {
                SqsQueueParameters = new CfnPipe.PipeSourceSqsQueueParametersProperty { BatchSize = BatchSize },
            },
            Target = stateMachine.StateMachineArn,
            TargetParameters = new CfnPipe.PipeTargetParametersProperty
            {
                InputTemplate = InputTemplate,
                StepFunctionStateMachineParameters = new CfnPipe.PipeTargetStateMachineParametersProperty { InvocationType = InvocationType },
            },
        });
    }

    public Role Role { get; }

    public CfnPipe Pipe { get; }

    private static PolicyStatement Allow(string resource, params string[] actions) => new(new PolicyStatementProps
    {
        Effect = Effect.ALLOW,
        Actions = actions,
        Resources = [resource],
    });
}

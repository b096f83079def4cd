using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.StepFunctions;

using Constructs;

using GitGoods.Orders.Fulfilment;

namespace GitGoods.Infrastructure.Orders;

/// <summary>
/// The order workflow as an Express state machine, written from the C# description (<see cref="OrderStateMachineDefinition"/>).
/// Its role may invoke exactly the workflow's step functions (their live aliases, which DefinitionSubstitutions name
/// too), send the confirmation SMS and send e-mail from the one
/// sender identity. Logs never carry execution data: the state holds the shopper's phone number and e-mail address.
/// </summary>
public sealed class OrderWorkflowConstruct : Construct
{
    /// <summary>The CDK context key (cdk.json or <c>-c</c>) of the SES sender address.</summary>
    public const string SenderEmailContextKey = "orderSenderEmail";

    /// <summary>A placeholder that synthesizes but cannot send: set <see cref="SenderEmailContextKey"/> before deploying.</summary>
    public const string DefaultSenderEmail = "orders@example.com";

    public OrderWorkflowConstruct(Construct scope, string id, OrderWorkflowOptions options)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(options);
        RequireExactlyTheWorkflowSteps(options);
        var (sender, senderDomain) = SplitAddress(options.SenderEmail);

        var substitutions = OrderWorkflow.StepFunctions.ToDictionary(name => name, name => options.StepFunctions[name].FunctionArn, StringComparer.Ordinal);
        substitutions[OrderStateMachineDefinition.SenderEmailKey] = sender;

        // Step Functions' log delivery asks for the /aws/vendedlogs/ prefix (it keeps the account's log resource policy small).
        Logs = new LogGroup(this, "Logs", new LogGroupProps
        {
            LogGroupName = $"/aws/vendedlogs/states/{Stack.Of(this).StackName}-order-workflow",
            Retention = RetentionDays.ONE_MONTH,
            RemovalPolicy = RemovalPolicy.RETAIN,
        });

        StateMachine = new StateMachine(this, "StateMachine", new StateMachineProps
        {
            StateMachineType = StateMachineType.EXPRESS,
            DefinitionBody = DefinitionBody.FromString(OrderStateMachineDefinition.Write()),
            DefinitionSubstitutions = substitutions,
            Comment = "Git Goods order workflow (Express, started synchronously by the order pipe).",
            TracingEnabled = true,
            Logs = new LogOptions
            {
                Destination = Logs,
                // Express workflows keep no execution history: ALL gives every state transition, so an operator sees
                // where an order stopped. Execution data (input, output, errors' payloads) is never logged: it holds personal data.
                Level = LogLevel.ALL,
                IncludeExecutionData = false,
            },
        });

        foreach (var name in OrderWorkflow.StepFunctions)
        {
            _ = options.StepFunctions[name].GrantInvoke(StateMachine);
        }

        AllowSms();
        AllowEmail(sender, senderDomain);

        FailedAlarm = Alarm("ExecutionsFailed", StateMachine.MetricFailed(OneMinuteSum()), "Order workflow executions failed: the orders' messages return to the queue.");
        TimedOutAlarm = Alarm("ExecutionsTimedOut", StateMachine.MetricTimedOut(OneMinuteSum()), "Order workflow executions timed out.");
    }

    public StateMachine StateMachine { get; }

    public LogGroup Logs { get; }

    public Alarm FailedAlarm { get; }

    public Alarm TimedOutAlarm { get; }

    /// <summary>
    /// SNS checks SMS to a phone number against resource <c>*</c>: there is no phone-number ARN and no condition key for
    /// the number, so the grant cannot be narrower than the action. It is pinned to the stack's region, and only this role
    /// (assumable by this state machine alone) carries it.
    /// </summary>
    private void AllowSms() => StateMachine.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
    {
        Effect = Effect.ALLOW,
        Actions = ["sns:Publish"],
        Resources = ["*"],
        Conditions = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["StringEquals"] = new Dictionary<string, object>(StringComparer.Ordinal) { ["aws:RequestedRegion"] = Stack.Of(this).Region },
        },
    }));

    /// <summary>SES authorises against the identity that verified the sender: the address itself or its domain; either may be the one verified.</summary>
    private void AllowEmail(string sender, string senderDomain)
    {
        var stack = Stack.Of(this);
        string Identity(string name) => stack.FormatArn(new ArnComponents
        {
            Service = "ses",
            Resource = "identity",
            ResourceName = name,
            ArnFormat = ArnFormat.SLASH_RESOURCE_NAME,
        });

        StateMachine.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Effect = Effect.ALLOW,
            Actions = ["ses:SendEmail"],
            Resources = [Identity(sender), Identity(senderDomain)],
            Conditions = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["StringEquals"] = new Dictionary<string, object>(StringComparer.Ordinal) { ["ses:FromAddress"] = sender },
            },
        }));
    }

    private Alarm Alarm(string id, Metric metric, string description) => metric.CreateAlarm(this, id, new CreateAlarmOptions
    {
        AlarmDescription = description,
        Threshold = 1,
        ComparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        EvaluationPeriods = 1,
        DatapointsToAlarm = 1,
        TreatMissingData = TreatMissingData.NOT_BREACHING,
    });

    private static MetricOptions OneMinuteSum() => new() { Period = Duration.Minutes(1), Statistic = Stats.SUM };

    private static void RequireExactlyTheWorkflowSteps(OrderWorkflowOptions options)
    {
        var missing = OrderWorkflow.StepFunctions.Where(name => !options.StepFunctions.ContainsKey(name)).ToList();
        var extra = options.StepFunctions.Keys.Where(name => !OrderWorkflow.StepFunctions.Contains(name, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            throw new InvalidOperationException(
                "The order workflow's step functions and the manifest's WorkflowStepTrigger entries differ: "
                + $"no function for [{string.Join(", ", missing)}], not in the workflow [{string.Join(", ", extra)}].");
        }
    }

    /// <exception cref="ArgumentException">Not an address with a local part and a domain.</exception>
    private static (string Address, string Domain) SplitAddress(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != address.LastIndexOf('@') || at == address.Length - 1 || address.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException(
                $"'{address}' is not an e-mail address; set the CDK context '{SenderEmailContextKey}' to the verified SES sender.", nameof(address));
        }

        return (address, address[(at + 1)..]);
    }
}

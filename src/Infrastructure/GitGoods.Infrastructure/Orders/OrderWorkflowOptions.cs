using Amazon.CDK.AWS.Lambda;

namespace GitGoods.Infrastructure.Orders;

/// <summary>What <see cref="OrderWorkflowConstruct"/> builds the state machine from.</summary>
public sealed record OrderWorkflowOptions
{
    /// <summary>
    /// The workflow's Lambda functions by manifest name: exactly <c>OrderWorkflow.StepFunctions</c>. The stack passes their
    /// live aliases, so the state machine invokes (and may invoke) only what a canary deployment has put behind them.
    /// </summary>
    public required IReadOnlyDictionary<string, IFunction> StepFunctions { get; init; }

    /// <summary>The SES sender of confirmation e-mails: a verified address, or an address in a verified domain.</summary>
    public required string SenderEmail { get; init; }
}

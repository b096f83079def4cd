namespace GitGoods.Orders.Fulfilment;

/// <summary>
/// The order workflow's names: its steps (functions of the manifest), its notification tasks and its error names. The
/// description itself is <c>OrderWorkflowDescription</c> in GitGoods.Workflow: the CDK app writes it as the Express state
/// machine's definition (AslWriter) and the local environment runs it in process (WorkflowRunner). Input: <c>{"orderId": "…"}</c> from the order queue.
/// <code>
/// ReserveStock ─RESERVED→ AuthorizePayment ─AUTHORIZED→ ConfirmOrder ─CONFIRMED→ SendSms → (e-mail given?) SendEmail → Done
///   OUT_OF_STOCK / DECLINED / PaymentUnavailable after retries → RejectOrder(reason) → VoidPayment → ReleaseStock → Done
///   cancelled or rejected meanwhile (NOT_PENDING) → VoidPayment → ReleaseStock → Done
///   confirmed meanwhile by a duplicate delivery (ALREADY_CONFIRMED) → Done, at every step
///   any other error after retries → RecordFailure → Failed (the message returns to the queue; after 5 receives, the DLQ)
/// </code>
/// Every step is idempotent, so a redelivered message or a crash between steps re-runs the workflow safely.
/// </summary>
public static class OrderWorkflow
{
    public const string ReserveStock = "ReserveStock";
    public const string AuthorizePayment = "AuthorizePayment";
    public const string ConfirmOrder = "ConfirmOrder";
    public const string ReleaseStock = "ReleaseStock";
    public const string VoidPayment = "VoidPayment";
    public const string RejectOrder = "RejectOrder";
    public const string RecordFailure = "RecordOrderFailure";

    /// <summary>The SES sender; the CDK app substitutes the deployment's verified address (DefinitionSubstitutions).</summary>
    public const string SenderEmailPlaceholder = "${OrderSenderEmail}";

    public const string SnsPublishArn = "arn:aws:states:::sns:publish";
    public const string SesSendEmailArn = "arn:aws:states:::aws-sdk:sesv2:sendEmail";

    /// <summary>How long one execution may take; below the order queue's visibility timeout, so a message is never handled twice at once.</summary>
    public const int TimeoutSeconds = 25;

    /// <summary>The Lambda functions the workflow invokes, by manifest name.</summary>
    public static IReadOnlyList<string> StepFunctions { get; } = [ReserveStock, AuthorizePayment, ConfirmOrder, ReleaseStock, VoidPayment, RejectOrder, RecordFailure];

    /// <summary>Errors worth retrying: our transient failures and Lambda's own service errors (AWS's recommended set).</summary>
    public static IReadOnlyList<string> TransientErrors { get; } =
    [
        typeof(TransientStepException).FullName!, "Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
    ];

    /// <summary>The error a step reports when the payment provider is unavailable or too slow (the Lambda runtime names errors by full type name).</summary>
    public static string PaymentUnavailable { get; } = typeof(Domain.Payments.PaymentUnavailableException).FullName!;
}

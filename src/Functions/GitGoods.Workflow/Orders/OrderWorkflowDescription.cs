using System.Text.Json.Nodes;
using GitGoods.Domain.Orders;
using GitGoods.Orders.Fulfilment;
using static GitGoods.Orders.Fulfilment.OrderWorkflow;

namespace GitGoods.Workflow.Orders;

/// <summary>
/// The order workflow, described once (its names are <see cref="OrderWorkflow"/>): the CDK app writes it as the Express state
/// machine's definition (<see cref="AslWriter"/>) and the local environment runs it in process (<see cref="WorkflowRunner"/>).
/// </summary>
public static class OrderWorkflowDescription
{
    private static readonly RetryPolicy Transient =
        new(TransientErrors, IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2, MaxDelaySeconds: 8, JitterStrategy.Full);

    private static readonly CatchRule ToFailure = new(["States.ALL"], RecordFailure, "$.failure");

    /// <summary>A Lambda step: given the order id (or <paramref name="payload"/>), retried on transient errors, any other error recorded.</summary>
    private static TaskState Step(string name, string next, JsonObject? payload = null, string? resultPath = null, JsonObject? selector = null) =>
        new(name, new LambdaFunction(name) { Payload = payload ?? new JsonObject { ["orderId.$"] = "$.orderId" } })
        {
            ResultSelector = selector,
            ResultPath = resultPath,
            TimeoutSeconds = 10,
            Retry = [Transient],
            Catch = [ToFailure],
            Next = next,
        };

    private static JsonObject Outcome() => new() { ["outcome.$"] = "$.Payload.outcome" };

    private static PassState Reason(string name, string reason, string next) =>
        new(name) { Result = new JsonObject { ["reason"] = reason }, ResultPath = "$.rejection", Next = next };

    /// <summary>The description (declared after the rules it uses: static fields initialise in order).</summary>
    public static WorkflowDefinition Definition { get; } = Build();

    private static WorkflowDefinition Build()
    {
        var definition = new WorkflowDefinition("Git Goods order workflow: reserve stock, authorise payment, confirm, notify; compensate on failure.",
            ReserveStock,
        [
            Step(ReserveStock, "StockReserved?", resultPath: "$.reservation", selector: Outcome()),
            new ChoiceState("StockReserved?",
            [
                ChoiceRule.StringEquals("$.reservation.outcome", StepOutcomes.Reserved, AuthorizePayment),
                ChoiceRule.StringEquals("$.reservation.outcome", StepOutcomes.OutOfStock, "OutOfStock"),
            ]) { Default = "Done" }, // ALREADY_CONFIRMED, or NOT_PENDING (cancelled or rejected by another delivery, which cleaned up)
            Step(AuthorizePayment, "PaymentAuthorized?", resultPath: "$.payment",
                selector: new JsonObject { ["outcome.$"] = "$.Payload.outcome", ["authorizationId.$"] = "$.Payload.authorizationId" }) with
            {
                Retry =
                [
                    new RetryPolicy([PaymentUnavailable], IntervalSeconds: 1, MaxAttempts: 2, BackoffRate: 2, MaxDelaySeconds: 4, JitterStrategy.Full),
                    Transient,
                ],
                Catch = [new CatchRule([PaymentUnavailable], "PaymentError", "$.failure"), ToFailure],
            },
            new ChoiceState("PaymentAuthorized?",
            [
                ChoiceRule.StringEquals("$.payment.outcome", StepOutcomes.Authorized, ConfirmOrder),
                ChoiceRule.StringEquals("$.payment.outcome", StepOutcomes.Declined, "PaymentDeclined"),
                ChoiceRule.StringEquals("$.payment.outcome", StepOutcomes.AlreadyConfirmed, "Done"),
            ]) { Default = VoidPayment }, // NOT_PENDING: cancelled or rejected, never to be confirmed: clean up
            Step(ConfirmOrder, "Confirmed?",
                payload: new JsonObject { ["orderId.$"] = "$.orderId", ["authorizationId.$"] = "$.payment.authorizationId" },
                resultPath: "$.confirmation",
                selector: new JsonObject { ["outcome.$"] = "$.Payload.outcome", ["notification.$"] = "$.Payload.notification" }),
            new ChoiceState("Confirmed?",
            [
                ChoiceRule.StringEquals("$.confirmation.outcome", StepOutcomes.Confirmed, "SendSms"),
                ChoiceRule.StringEquals("$.confirmation.outcome", StepOutcomes.AlreadyConfirmed, "Done"),
            ]) { Default = VoidPayment },
            .. NotificationStates(),
            Reason("OutOfStock", RejectionReason.OutOfStock, RejectOrder),
            Reason("PaymentDeclined", RejectionReason.PaymentDeclined, RejectOrder),
            Reason("PaymentError", RejectionReason.PaymentError, RejectOrder),
            // Decide first, clean up after: the rejection is one conditional write (PENDING → REJECTED), so a duplicate delivery
            // that confirmed meanwhile wins or loses atomically — a confirmed order is never voided or given back its stock.
            Step(RejectOrder, "Rejected?", new JsonObject { ["orderId.$"] = "$.orderId", ["reason.$"] = "$.rejection.reason" },
                resultPath: "$.rejected", selector: Outcome()),
            new ChoiceState("Rejected?", [ChoiceRule.StringEquals("$.rejected.outcome", StepOutcomes.AlreadyConfirmed, "Done")]) { Default = VoidPayment },
            Step(VoidPayment, ReleaseStock),
            Step(ReleaseStock, "Done"),
            Step(RecordFailure, "Failed", new JsonObject { ["orderId.$"] = "$.orderId", ["failure.$"] = "$.failure" }) with
            {
                Catch = [new CatchRule(["States.ALL"], "Failed", "$.recordError")],
            },
            new FailState("Failed", "OrderWorkflowFailed", "The order was not settled; its message returns to the queue and, after the last retry, to the dead-letter queue."),
            new SucceedState("Done"),
        ]) { TimeoutSeconds = TimeoutSeconds };
        definition.Validate();
        return definition;
    }

    /// <summary>SMS through SNS, then e-mail through SES when the shopper gave one; a failed message never unconfirms the order.</summary>
    private static IEnumerable<WorkflowState> NotificationStates()
    {
        const string notification = "$.confirmation.notification";
        return
        [
            new TaskState("SendSms", new ServiceIntegration(SnsPublishArn, new JsonObject
            {
                ["PhoneNumber.$"] = notification + ".phone",
                ["Message.$"] = notification + ".sms",
            }))
            {
                ResultPath = null,
                Retry = [new RetryPolicy(["States.ALL"], IntervalSeconds: 1, MaxAttempts: 2, BackoffRate: 2, JitterStrategy: JitterStrategy.Full)],
                Catch = [new CatchRule(["States.ALL"], "EmailGiven?", "$.smsError")],
                Next = "EmailGiven?",
            },
            new ChoiceState("EmailGiven?", [ChoiceRule.IsPresent(notification + ".emailTo", true, "SendEmail")]) { Default = "Done" },
            new TaskState("SendEmail", new ServiceIntegration(SesSendEmailArn, new JsonObject
            {
                ["FromEmailAddress"] = SenderEmailPlaceholder,
                ["Destination"] = new JsonObject { ["ToAddresses.$"] = notification + ".emailTo" },
                ["Content"] = new JsonObject
                {
                    ["Simple"] = new JsonObject
                    {
                        ["Subject"] = new JsonObject { ["Data.$"] = notification + ".emailSubject" },
                        ["Body"] = new JsonObject { ["Text"] = new JsonObject { ["Data.$"] = notification + ".emailBody" } },
                    },
                },
            }))
            {
                ResultPath = null,
                Retry = [new RetryPolicy(["States.ALL"], IntervalSeconds: 1, MaxAttempts: 2, BackoffRate: 2, JitterStrategy: JitterStrategy.Full)],
                Catch = [new CatchRule(["States.ALL"], "Done", "$.emailError")],
                Next = "Done",
            },
        ];
    }
}

using GitGoods.Workflow.Orders;
using System.Text.Json.Nodes;
using GitGoods.Manifest;
using GitGoods.Workflow.Tests;
using GitGoods.Orders.Fulfilment;
using GitGoods.TestSupport;
using GitGoods.Workflow;

namespace GitGoods.Workflow.Tests.Orders;

/// <summary>The order workflow's routing, run by the real runner with scripted steps (the steps themselves are tested on DynamoDB Local).</summary>
public class OrderWorkflowTests
{
    private const string OrderId = "abcdefghijklmnopqrstuvwx";

    [Fact]
    public async Task TheDescription_IsAValidStateMachine_PerAslValidator()
    {
        var asl = AslWriter.Write(OrderWorkflowDescription.Definition, name => "${" + name + "Arn}");

        var (valid, output) = await AslValidator.ValidateAsync(asl);

        valid.Should().BeTrue(output + "\n" + asl);
    }

    [Fact]
    public void EveryLambdaTask_IsAManifestStepFunction_AndEveryStepFunctionIsUsed()
    {
        var tasks = OrderWorkflowDescription.Definition.States.OfType<TaskState>().Select(t => t.Resource).OfType<LambdaFunction>().Select(l => l.FunctionName).Distinct();
        var steps = FunctionManifest.All.Where(f => f.Trigger is WorkflowStepTrigger).Select(f => f.Name);

        tasks.Should().BeEquivalentTo(steps);
        OrderWorkflow.StepFunctions.Should().BeEquivalentTo(steps);
    }

    [Fact]
    public async Task HappyPath_ReservesAuthorisesConfirmsAndSendsTheSmsAndEmail()
    {
        var invoker = Outcomes(reserve: StepOutcomes.Reserved, pay: StepOutcomes.Authorized, confirm: StepOutcomes.Confirmed, email: true);

        var result = await Run(invoker);

        result.Succeeded.Should().BeTrue(result.Cause);
        result.History.Should().Equal(OrderWorkflow.ReserveStock, "StockReserved?", OrderWorkflow.AuthorizePayment, "PaymentAuthorized?",
            OrderWorkflow.ConfirmOrder, "Confirmed?", "SendSms", "EmailGiven?", "SendEmail", "Done");
        invoker.Calls.Single(c => c.Task == OrderWorkflow.ConfirmOrder).Parameters!["Payload"]!["authorizationId"]!.GetValue<string>()
            .Should().Be("auth-1", "the confirmation records the authorisation");
        var sms = invoker.Calls.Single(c => c.Task == OrderWorkflow.SnsPublishArn).Parameters!;
        sms["PhoneNumber"]!.GetValue<string>().Should().Be("+6590000000");
        sms["Message"]!.GetValue<string>().Should().Be("Hi Ada, your order ABCDEFGH was successfully placed!");
        invoker.Calls.Single(c => c.Task == OrderWorkflow.SesSendEmailArn).Parameters!["Destination"]!["ToAddresses"]![0]!.GetValue<string>().Should().Be("ada@example.com");
    }

    [Fact]
    public async Task WithoutAnEmail_OnlyTheSmsIsSent()
    {
        var result = await Run(Outcomes(StepOutcomes.Reserved, StepOutcomes.Authorized, StepOutcomes.Confirmed, email: false));

        result.History.Should().NotContain("SendEmail").And.Contain("SendSms");
    }

    [Fact]
    public async Task OutOfStock_RejectsWithoutTouchingPayment()
    {
        var invoker = Outcomes(StepOutcomes.OutOfStock);

        var result = await Run(invoker);

        result.Succeeded.Should().BeTrue();
        invoker.CallsTo(OrderWorkflow.AuthorizePayment).Should().Be(0);
        RejectReason(invoker).Should().Be("OUT_OF_STOCK");
    }

    [Fact]
    public async Task ADecline_VoidsReleasesAndRejects()
    {
        var invoker = Outcomes(StepOutcomes.Reserved, StepOutcomes.Declined);

        var result = await Run(invoker);

        result.History.Should().ContainInOrder(OrderWorkflow.RejectOrder, OrderWorkflow.VoidPayment, OrderWorkflow.ReleaseStock, "Done");
        RejectReason(invoker).Should().Be("PAYMENT_DECLINED");
    }

    [Fact]
    public async Task AnUnavailableProvider_IsRetriedTwice_ThenCompensatedAsPaymentError()
    {
        var invoker = new ScriptedInvoker().Fails(OrderWorkflow.AuthorizePayment, OrderWorkflow.PaymentUnavailable);
        Outcomes(StepOutcomes.Reserved, into: invoker, skip: OrderWorkflow.AuthorizePayment);
        var delays = new List<TimeSpan>();

        var result = await Run(invoker, delays);

        invoker.CallsTo(OrderWorkflow.AuthorizePayment).Should().Be(3, "the first attempt and two retries");
        delays.Should().HaveCount(2).And.OnlyContain(d => d <= TimeSpan.FromSeconds(4));
        result.History.Should().ContainInOrder("PaymentError", OrderWorkflow.RejectOrder, OrderWorkflow.VoidPayment, OrderWorkflow.ReleaseStock);
        RejectReason(invoker).Should().Be("PAYMENT_ERROR");
    }

    [Fact]
    public async Task AnOrderCancelledMeanwhile_IsCompensatedButNotRejected()
    {
        var invoker = Outcomes(StepOutcomes.Reserved, StepOutcomes.Authorized, StepOutcomes.NotPending);

        var result = await Run(invoker);

        result.Succeeded.Should().BeTrue();
        result.History.Should().ContainInOrder(OrderWorkflow.VoidPayment, OrderWorkflow.ReleaseStock, "Done");
        invoker.CallsTo(OrderWorkflow.RejectOrder).Should().Be(0);
    }

    [Theory]
    [InlineData("reserve")]
    [InlineData("pay")]
    [InlineData("reject")]
    public async Task AnOrderAlreadyConfirmedByAnotherDelivery_IsLeftAlone_NeitherVoidedNorReleased(string where)
    {
        var invoker = where switch
        {
            "reserve" => Outcomes(StepOutcomes.AlreadyConfirmed),
            "pay" => Outcomes(StepOutcomes.Reserved, StepOutcomes.AlreadyConfirmed),
            _ => Outcomes(StepOutcomes.Reserved, StepOutcomes.Declined, rejected: StepOutcomes.AlreadyConfirmed),
        };

        var result = await Run(invoker);

        result.Succeeded.Should().BeTrue();
        invoker.CallsTo(OrderWorkflow.VoidPayment).Should().Be(0);
        invoker.CallsTo(OrderWorkflow.ReleaseStock).Should().Be(0);
        invoker.CallsTo(OrderWorkflow.ConfirmOrder).Should().Be(0);
    }

    [Fact]
    public async Task ATransientStepError_IsRetried()
    {
        var invoker = new ScriptedInvoker();
        invoker.Fails(OrderWorkflow.ReserveStock, typeof(TransientStepException).FullName!);
        Outcomes(StepOutcomes.OutOfStock, into: invoker);

        var result = await Run(invoker);

        result.Succeeded.Should().BeTrue();
        invoker.CallsTo(OrderWorkflow.ReserveStock).Should().Be(2);
    }

    [Fact]
    public async Task AnyOtherError_IsRecordedOnTheOrder_AndFailsTheExecutionSoTheMessageComesBack()
    {
        var invoker = new ScriptedInvoker();
        invoker.Fails(OrderWorkflow.ReserveStock, "System.Collections.Generic.KeyNotFoundException", "No order");
        Outcomes(StepOutcomes.Reserved, into: invoker);

        var result = await Run(invoker);

        result.Succeeded.Should().BeFalse();
        result.Error.Should().Be("OrderWorkflowFailed");
        invoker.CallsTo(OrderWorkflow.ReserveStock).Should().Be(1, "an unknown error is not retried");
        var recorded = invoker.Calls.Single(c => c.Task == OrderWorkflow.RecordFailure).Parameters!["Payload"]!;
        recorded["failure"]!["Error"]!.GetValue<string>().Should().Be("System.Collections.Generic.KeyNotFoundException");
        recorded["orderId"]!.GetValue<string>().Should().Be(OrderId);
    }

    [Fact]
    public async Task AFailedSms_StillEndsTheOrderConfirmed()
    {
        var invoker = new ScriptedInvoker().Fails(OrderWorkflow.SnsPublishArn, "SNS.InternalErrorException");
        Outcomes(StepOutcomes.Reserved, StepOutcomes.Authorized, StepOutcomes.Confirmed, email: false, into: invoker, skip: OrderWorkflow.SnsPublishArn);

        var result = await Run(invoker);

        result.Succeeded.Should().BeTrue();
    }

    private static Task<WorkflowExecutionResult> Run(ScriptedInvoker invoker, List<TimeSpan>? delays = null) =>
        new WorkflowRunner(OrderWorkflowDescription.Definition, invoker, new WorkflowRunnerOptions
        {
            RetryDelay = (delay, _) =>
            {
                delays?.Add(delay);
                return Task.CompletedTask;
            },
        }).RunAsync(new JsonObject { ["orderId"] = OrderId });

    private static string RejectReason(ScriptedInvoker invoker) =>
        invoker.Calls.Single(c => c.Task == OrderWorkflow.RejectOrder).Parameters!["Payload"]!["reason"]!.GetValue<string>();

    private static ScriptedInvoker Outcomes(string reserve, string? pay = null, string? confirm = null, bool email = false, ScriptedInvoker? into = null, string? skip = null, string rejected = StepOutcomes.Rejected)
    {
        var invoker = into ?? new ScriptedInvoker();
        invoker.Function(OrderWorkflow.ReserveStock, _ => Result(reserve));
        if (skip != OrderWorkflow.AuthorizePayment)
        {
            invoker.Function(OrderWorkflow.AuthorizePayment, _ => Result(pay ?? StepOutcomes.Declined));
        }

        invoker.Function(OrderWorkflow.ConfirmOrder, _ =>
        {
            var result = Result(confirm ?? StepOutcomes.NotPending);
            if (confirm == StepOutcomes.Confirmed)
            {
                var notification = new JsonObject { ["phone"] = "+6590000000", ["sms"] = ConfirmationMessage.Sms("Ada", "ABCDEFGH") };
                if (email)
                {
                    notification["emailTo"] = new JsonArray("ada@example.com");
                    notification["emailSubject"] = "Your order";
                    notification["emailBody"] = "Thanks";
                }

                result["notification"] = notification;
            }

            return result;
        });
        invoker.Function(OrderWorkflow.RejectOrder, _ => Result(rejected));
        foreach (var step in new[] { OrderWorkflow.ReleaseStock, OrderWorkflow.VoidPayment, OrderWorkflow.RecordFailure })
        {
            invoker.Function(step, _ => Result("OK"));
        }

        if (skip != OrderWorkflow.SnsPublishArn)
        {
            invoker.Step(OrderWorkflow.SnsPublishArn, (_, _) => Task.FromResult<JsonNode?>(new JsonObject { ["MessageId"] = "1" }));
        }

        invoker.Step(OrderWorkflow.SesSendEmailArn, (_, _) => Task.FromResult<JsonNode?>(new JsonObject { ["MessageId"] = "2" }));
        return invoker;
    }

    private static JsonObject Result(string outcome) => new()
    {
        ["outcome"] = outcome,
        ["notification"] = null,
        ["authorizationId"] = outcome == StepOutcomes.Authorized ? "auth-1" : null,
    };
}

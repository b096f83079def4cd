using System.Text.Json;
using GitGoods.Domain.Orders;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Hosting.Metrics;
using GitGoods.Http;
using GitGoods.Orders;
using GitGoods.Orders.Fulfilment;

namespace GitGoods.Functions.Tests.Orders.Fulfilment;

/// <summary>
/// The workflow's business metrics as CloudWatch receives them (the EMF line the step function's invocation flushes): the first
/// confirmation or rejection of an order writes them once, in namespace GitGoods with the one dimension set [service], which the
/// CDK app's alarms match; a duplicate delivery (ALREADY_CONFIRMED, NOT_PENDING) writes nothing.
/// </summary>
public sealed class OrderSettlementMetricsTests
{
    private const string Service = "gitgoods";
    private const long OrderTotalCents = 2 * 4999;
    private static readonly TimeSpan ValidationTime = TimeSpan.FromMilliseconds(320);

    private readonly InMemoryOrderStore _orders = new();
    private readonly FixedTime _time = new(TestOrders.Placed + ValidationTime);
    private readonly CollectingLines _emf = new();
    private readonly CollectingLines _logs = new();
    private readonly LambdaMetrics _metrics;
    private readonly Order _pending = TestOrders.Pending() with { StockReserved = true };

    public OrderSettlementMetricsTests()
    {
        _metrics = new LambdaMetrics(_emf, _time, LambdaMetrics.DefaultNamespace, Service);
        _orders.Add(_pending);
    }

    [Fact]
    public async Task ConfirmOrder_FirstDelivery_WritesOrderConfirmedRevenueAndValidationTime()
    {
        var outcome = await ConfirmAsync();

        outcome.Should().Be(StepOutcomes.Confirmed);
        var blob = SingleBlob();
        ShouldBeInTheShopNamespaceWithOnlyTheServiceDimension(blob);
        Declared(blob).Should().Equal(
            (OrderMetrics.OrderConfirmed, "Count"), (OrderMetrics.Revenue, "None"), (OrderMetrics.OrderValidationTime, "Milliseconds"));
        blob.GetProperty(OrderMetrics.OrderConfirmed).GetDouble().Should().Be(1);
        blob.GetProperty(OrderMetrics.Revenue).GetDouble().Should().Be(OrderTotalCents, "revenue is the total in integer minor units (SGD cents)");
        blob.GetProperty(OrderMetrics.OrderValidationTime).GetDouble().Should().Be(ValidationTime.TotalMilliseconds);
    }

    [Fact]
    public async Task ConfirmOrder_DuplicateDelivery_WritesNoMetric()
    {
        _ = await ConfirmAsync();
        _emf.Clear();
        _time.Now += TimeSpan.FromSeconds(30);

        var outcome = await ConfirmAsync();

        outcome.Should().Be(StepOutcomes.AlreadyConfirmed);
        _emf.Lines.Should().BeEmpty("an order is counted, and its revenue added, once however often its message is delivered");
    }

    [Fact]
    public async Task RejectOrder_FirstDelivery_WritesOrderRejectedAndValidationTime_AndLogsTheReason()
    {
        var outcome = await RejectAsync(RejectionReason.PaymentDeclined);

        outcome.Should().Be(StepOutcomes.Rejected);
        var blob = SingleBlob();
        ShouldBeInTheShopNamespaceWithOnlyTheServiceDimension(blob);
        Declared(blob).Should().Equal((OrderMetrics.OrderRejected, "Count"), (OrderMetrics.OrderValidationTime, "Milliseconds"));
        blob.GetProperty(OrderMetrics.OrderRejected).GetDouble().Should().Be(1);
        blob.GetProperty(OrderMetrics.OrderValidationTime).GetDouble().Should().Be(ValidationTime.TotalMilliseconds);
        var log = _logs.Lines.Select(l => JsonDocument.Parse(l).RootElement).Single(l => l.GetProperty("message").GetString() == "Order rejected.");
        log.GetProperty("reason").GetString().Should().Be(RejectionReason.PaymentDeclined);
        log.GetProperty("orderId").GetString().Should().Be(_pending.Id);
    }

    [Fact]
    public async Task RejectOrder_AnOrderAlreadyRejected_WritesNoMetric()
    {
        _ = await RejectAsync(RejectionReason.OutOfStock);
        _emf.Clear();

        var outcome = await RejectAsync(RejectionReason.OutOfStock);

        outcome.Should().Be(StepOutcomes.NotPending);
        _emf.Lines.Should().BeEmpty();
    }

    [Fact]
    public async Task RejectOrder_AnOrderAlreadyConfirmed_WritesNoMetric()
    {
        _ = await ConfirmAsync();
        _emf.Clear();

        var outcome = await RejectAsync(RejectionReason.PaymentError);

        outcome.Should().Be(StepOutcomes.AlreadyConfirmed);
        _emf.Lines.Should().BeEmpty();
    }

    [Fact]
    public async Task StepResult_NeverCarriesTheSettlementToTheStateMachine()
    {
        var output = await InvokeAsync(ConfirmStep(), new OrderStepInput { OrderId = _pending.Id, AuthorizationId = "auth-1" });

        output.EnumerateObject().Select(p => p.Name).Should().NotContain(name => name.Contains("settle", StringComparison.OrdinalIgnoreCase));
    }

    private ConfirmOrderStep ConfirmStep() => new(_orders, new InMemoryCartStore(), new PlainPersonalData(), _time);

    private async Task<string> ConfirmAsync() =>
        (await InvokeAsync(ConfirmStep(), new OrderStepInput { OrderId = _pending.Id, AuthorizationId = "auth-1" })).GetProperty("outcome").GetString()!;

    private async Task<string> RejectAsync(string reason) =>
        (await InvokeAsync(new RejectOrderStep(_orders, _time), new OrderStepInput { OrderId = _pending.Id, Reason = reason }))
            .GetProperty("outcome").GetString()!;

    /// <summary>Invokes the step through its Lambda adapter and flushes the metrics as the runtime does when an invocation ends.</summary>
    private async Task<JsonElement> InvokeAsync(IOrderStep step, OrderStepInput input)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(input, FunctionsJsonContext.Default.OrderStepInput);
        var context = Requests.Context with { Metrics = _metrics, Logger = _logs.Logger() };
        var output = await new OrderStepFunction(step).InvokeAsync(payload, context, CancellationToken.None);
        _metrics.Flush();
        return JsonDocument.Parse(output).RootElement;
    }

    private JsonElement SingleBlob() => JsonDocument.Parse(_emf.Lines.Should().ContainSingle().Subject).RootElement;

    private static void ShouldBeInTheShopNamespaceWithOnlyTheServiceDimension(JsonElement blob)
    {
        var directive = blob.GetProperty("_aws").GetProperty("CloudWatchMetrics").EnumerateArray().Should().ContainSingle().Subject;
        directive.GetProperty("Namespace").GetString().Should().Be(LambdaMetrics.DefaultNamespace);
        directive.GetProperty("Dimensions").EnumerateArray().Select(set => set.EnumerateArray().Select(d => d.GetString()).ToList())
            .Should().ContainSingle().Which.Should().Equal(LambdaMetrics.ServiceDimension);
        blob.GetProperty(LambdaMetrics.ServiceDimension).GetString().Should().Be(Service);
    }

    private static List<(string Name, string Unit)> Declared(JsonElement blob) =>
        [.. blob.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Metrics").EnumerateArray()
            .Select(m => (m.GetProperty("Name").GetString()!, m.GetProperty("Unit").GetString()!))];
}

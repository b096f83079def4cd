using GitGoods.Manifest;
using GitGoods.Orders.Fulfilment;
using GitGoods.Orders.PlaceOrder;

namespace GitGoods.Functions.Tests.Manifest;

/// <summary>
/// The order path reserves Lambda concurrency (a floor in a surge, a ceiling on its own use); nothing else does, and the
/// reservations leave the rest of the account the share <see cref="ConcurrencyBudget"/> promises it.
/// </summary>
public class ReservedConcurrencyTests
{
    private static readonly string[] OrderPath = [PlaceOrderHandler.FunctionName, .. OrderWorkflow.StepFunctions, "RelayOrderOutbox"];

    [Fact]
    public void OrderPath_ReservesConcurrency_AndNothingElseDoes()
    {
        FunctionManifest.All.Where(f => f.ReservedConcurrency is not null).Select(f => f.Name).Should().BeEquivalentTo(OrderPath);
        FunctionManifest.All.Where(f => f.ReservedConcurrency is not null).Should().AllSatisfy(f => f.ReservedConcurrency.Should().BePositive());
    }

    [Fact]
    public void Reservations_LeaveTheOtherFunctionsTheirShare_AndLambdaItsMinimum()
    {
        var reserved = FunctionManifest.All.Sum(f => f.ReservedConcurrency ?? 0);

        reserved.Should().BeLessThanOrEqualTo(ConcurrencyBudget.MaxReserved);
        (ConcurrencyBudget.AccountConcurrency - reserved).Should().BeGreaterThanOrEqualTo(ConcurrencyBudget.MinimumUnreserved);
    }

    [Fact]
    public void WorkflowSteps_OnTheHappyPath_ReserveAtLeastTheOrderRate()
    {
        // Each order passes every happy-path step once: a step of up to a second at the admitted order rate needs that many executions.
        new[] { OrderWorkflow.ReserveStock, OrderWorkflow.AuthorizePayment, OrderWorkflow.ConfirmOrder }
            .Select(name => FunctionManifest.Find(name)!.ReservedConcurrency)
            .Should().OnlyContain(reserved => reserved >= ConcurrencyBudget.OrdersPerSecond);
    }
}

using GitGoods.Domain.Orders;

namespace GitGoods.Orders.Fulfilment;

/// <summary>Compensation: gives an order's held units back (RELEASED), or nothing when it holds none (NOTHING_HELD).</summary>
public sealed class ReleaseStockStep(IOrderStore orders) : IOrderStep
{
    public async Task<OrderStepResult> RunAsync(OrderStepInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var order = await OrderSteps.LoadAsync(orders, input, cancellationToken);
        var released = order.StockReserved && !OrderSteps.IsConfirmed(order) && await orders.ReleaseStockAsync(order, cancellationToken);
        return new OrderStepResult(released ? StepOutcomes.Released : StepOutcomes.NothingHeld);
    }
}

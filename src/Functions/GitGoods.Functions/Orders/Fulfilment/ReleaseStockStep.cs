using GitGoods.Domain.Orders;

namespace GitGoods.Orders.Fulfilment;

/// <summary>Compensation: gives an order's held units back (RELEASED), or nothing when it holds none (NOTHING_HELD).</summary>
public sealed class ReleaseStockStep(IOrderStore orders) : IOrderStep
{
    public async Task<OrderStepResult> RunAsync(OrderStepInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var order = await OrderSteps.LoadAsync(orders, input, cancellationToken);
        // The store refuses to release a confirmed order's stock, in the same conditional write.
        var released = order.StockReserved && await orders.ReleaseStockAsync(order, cancellationToken);
        return new OrderStepResult(released ? StepOutcomes.Released : StepOutcomes.NothingHeld);
    }
}

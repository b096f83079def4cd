using GitGoods.Domain.Orders;

namespace GitGoods.Orders.Fulfilment;

/// <summary>Takes every line's units in one transaction (never below zero): RESERVED, OUT_OF_STOCK, NOT_PENDING (cancelled or rejected) or ALREADY_CONFIRMED.</summary>
public sealed class ReserveStockStep(IOrderStore orders) : IOrderStep
{
    public async Task<OrderStepResult> RunAsync(OrderStepInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var order = await OrderSteps.LoadAsync(orders, input, cancellationToken);
        if (OrderSteps.IsConfirmed(order))
        {
            return new OrderStepResult(StepOutcomes.AlreadyConfirmed);
        }

        if (order.StockReserved)
        {
            return new OrderStepResult(StepOutcomes.Reserved);
        }

        if (order.Status != OrderStatus.Pending)
        {
            return new OrderStepResult(StepOutcomes.NotPending);
        }

        return (await orders.ReserveStockAsync(order, cancellationToken)) switch
        {
            StockReservation.Reserved => new OrderStepResult(StepOutcomes.Reserved),
            StockReservation.OutOfStock => new OrderStepResult(StepOutcomes.OutOfStock),
            _ => new OrderStepResult(StepOutcomes.NotPending),
        };
    }
}

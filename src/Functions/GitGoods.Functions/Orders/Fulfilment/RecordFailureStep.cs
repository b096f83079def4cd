using GitGoods.Domain.Orders;

namespace GitGoods.Orders.Fulfilment;

/// <summary>
/// Records on the order why the workflow stopped (error name and cause, no personal data) before the execution fails and the
/// message goes back to the queue; after the queue's last retry the admin sees this error next to the dead letter.
/// </summary>
public sealed class RecordFailureStep(IOrderStore orders, TimeProvider time) : IOrderStep
{
    public async Task<OrderStepResult> RunAsync(OrderStepInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (OrderIds.IsWellFormed(input.OrderId))
        {
            var error = $"{input.Failure?.Error ?? "Unknown"}: {input.Failure?.Cause ?? ""}";
            try
            {
                await orders.RecordFailureAsync(input.OrderId, error, time.GetUtcNow(), cancellationToken);
            }
            catch (Amazon.DynamoDBv2.Model.ConditionalCheckFailedException)
            {
                // No such order: nothing to record it on.
            }
        }

        return new OrderStepResult(StepOutcomes.Recorded);
    }
}

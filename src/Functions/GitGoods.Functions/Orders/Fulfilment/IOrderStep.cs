namespace GitGoods.Orders.Fulfilment;

/// <summary>
/// One step of the order workflow. Every step is idempotent: Step Functions retries it, SQS may deliver the order twice,
/// and a crash re-runs the workflow from the start, so each step checks the order's state before it acts.
/// </summary>
public interface IOrderStep
{
    Task<OrderStepResult> RunAsync(OrderStepInput input, CancellationToken cancellationToken);
}

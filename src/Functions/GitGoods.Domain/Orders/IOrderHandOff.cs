namespace GitGoods.Domain.Orders;

/// <summary>Hands placed orders to the order workflow's queue (SQS): each message names one order to take to a final status.</summary>
public interface IOrderHandOff
{
    /// <summary>Enqueues the orders (at-least-once); throws when any could not be enqueued.</summary>
    Task HandOffAsync(IReadOnlyList<string> orderIds, CancellationToken cancellationToken);
}

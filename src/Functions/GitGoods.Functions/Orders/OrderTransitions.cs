using GitGoods.Domain.Orders;

namespace GitGoods.Orders;

/// <summary>
/// Applies a status change with optimistic concurrency: read, decide, write conditional on the version read; when the
/// order changed meanwhile (the workflow moved it), read again and decide again.
/// </summary>
public static class OrderTransitions
{
    private const int MaxAttempts = 5;

    /// <summary>The saved order, or null when it does not exist. <paramref name="decide"/> returns the changed order, or
    /// the same instance to save nothing; it throws <see cref="OrderStateException"/> to refuse.</summary>
    public static async Task<Order?> ApplyAsync(IOrderStore orders, string orderId, Func<Order, Order?> decide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(decide);
        for (var attempt = 1; ; attempt++)
        {
            var order = await orders.FindAsync(orderId, cancellationToken);
            if (order is null)
            {
                return null;
            }

            var changed = decide(order);
            if (changed is null)
            {
                return null;
            }

            if (ReferenceEquals(changed, order) || await orders.SaveTransitionAsync(changed, cancellationToken))
            {
                return changed;
            }

            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"Order {orderId} kept changing; gave up after {MaxAttempts} attempts.");
            }
        }
    }
}

using GitGoods.Domain.Common;

namespace GitGoods.Domain.Orders;

/// <summary>
/// Where orders live. Every write is conditional on the order's <see cref="Order.Version"/> (or, for the workflow's
/// steps, on the fact it establishes), so a retried or duplicated step never applies twice.
/// </summary>
public interface IOrderStore
{
    /// <summary>Writes a new PENDING order (and its sellers' index entries) unless an order with its id exists.</summary>
    /// <returns>False when the order already existed (nothing written).</returns>
    Task<bool> CreateAsync(Order order, CancellationToken cancellationToken);

    /// <summary>The order, read strongly consistently, or null.</summary>
    Task<Order?> FindAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>The customer's orders, newest first.</summary>
    Task<Page<Order>> ListByCustomerAsync(string customerId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Orders holding at least one of the seller's products, newest first.</summary>
    Task<Page<Order>> ListBySellerAsync(string sellerId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>All orders (or those in <paramref name="status"/>), newest first.</summary>
    Task<Page<Order>> ListAllAsync(OrderStatus? status, PageRequest page, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: takes every line's units from its product (only if the product is ACTIVE and has them; stock never
    /// goes below zero) and marks the order as holding stock — only while it is PENDING and not already holding stock.
    /// </summary>
    Task<StockReservation> ReserveStockAsync(Order order, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: puts the units back and clears the order's hold — never for a CONFIRMED (or later) order.
    /// False when it held none (already released) or is confirmed.
    /// </summary>
    Task<bool> ReleaseStockAsync(Order order, CancellationToken cancellationToken);

    /// <summary>
    /// In one conditional write, without reading first: the order becomes CONFIRMED with the provider's authorisation, if it
    /// is PENDING and holds its stock. Returns the order as it is now, and whether this call confirmed it (false: it was
    /// already settled, e.g. confirmed by an earlier delivery or cancelled; null order: no such order).
    /// </summary>
    Task<(bool Confirmed, Order? Order)> ConfirmAsync(string orderId, string authorizationId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="changed"/> (from <see cref="Order.MoveTo"/>) if the stored order is still at
    /// <paramref name="changed"/>'s previous version; a cancellation also gives back held stock in the same transaction.
    /// </summary>
    /// <returns>False when the order changed meanwhile: read it again and decide again.</returns>
    Task<bool> SaveTransitionAsync(Order changed, CancellationToken cancellationToken);

    /// <summary>Records why the workflow stopped on this order (shown with its dead letter).</summary>
    Task RecordFailureAsync(string orderId, string failure, DateTimeOffset at, CancellationToken cancellationToken);
}

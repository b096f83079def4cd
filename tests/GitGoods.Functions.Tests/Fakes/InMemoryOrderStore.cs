using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;

namespace GitGoods.Functions.Tests.Fakes;

/// <summary>
/// Orders in a dictionary, for handlers that read, list and move orders. Lists come back as one page, newest first;
/// the workflow's stock and payment writes are not needed by the tests that use it (ConfirmOrder's conditional write is).
/// </summary>
internal sealed class InMemoryOrderStore : IOrderStore
{
    public Dictionary<string, Order> Orders { get; } = new(StringComparer.Ordinal);

    public void Add(params Order[] orders)
    {
        foreach (var order in orders)
        {
            Orders[order.Id] = order;
        }
    }

    public Task<bool> CreateAsync(Order order, CancellationToken cancellationToken) => Task.FromResult(Orders.TryAdd(order.Id, order));

    public Task<Order?> FindAsync(string orderId, CancellationToken cancellationToken) =>
        Task.FromResult(Orders.GetValueOrDefault(orderId));

    public Task<Page<Order>> ListByCustomerAsync(string customerId, PageRequest page, CancellationToken cancellationToken) =>
        Task.FromResult(PageOf(o => o.CustomerId == customerId, page));

    public Task<Page<Order>> ListBySellerAsync(string sellerId, PageRequest page, CancellationToken cancellationToken) =>
        Task.FromResult(PageOf(o => o.SellerIds.Contains(sellerId, StringComparer.Ordinal), page));

    public Task<Page<Order>> ListAllAsync(OrderStatus? status, PageRequest page, CancellationToken cancellationToken) =>
        Task.FromResult(PageOf(o => status is null || o.Status == status, page));

    public Task<bool> SaveTransitionAsync(Order changed, CancellationToken cancellationToken)
    {
        if (!Orders.TryGetValue(changed.Id, out var stored) || stored.Version != changed.Version - 1)
        {
            return Task.FromResult(false);
        }

        Orders[changed.Id] = changed;
        return Task.FromResult(true);
    }

    public Task<StockReservation> ReserveStockAsync(Order order, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> ReleaseStockAsync(Order order, CancellationToken cancellationToken) => throw new NotSupportedException();

    /// <summary>As the real store's conditional write: PENDING and holding stock becomes CONFIRMED; otherwise the order as it is.</summary>
    public Task<(bool Confirmed, Order? Order)> ConfirmAsync(string orderId, string authorizationId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (!Orders.TryGetValue(orderId, out var order) || order is not { Status: OrderStatus.Pending, StockReserved: true })
        {
            return Task.FromResult((false, order));
        }

        var confirmed = order.MoveTo(OrderStatus.Confirmed, at) with { PaymentAuthorizationId = authorizationId };
        Orders[orderId] = confirmed;
        return Task.FromResult<(bool, Order?)>((true, confirmed));
    }

    public Task RecordFailureAsync(string orderId, string failure, DateTimeOffset at, CancellationToken cancellationToken) => throw new NotSupportedException();

    private Page<Order> PageOf(Func<Order, bool> matches, PageRequest page)
    {
        var all = Orders.Values.Where(matches).OrderByDescending(o => o.CreatedAt).ThenBy(o => o.Id, StringComparer.Ordinal).ToList();
        return new Page<Order>([.. all.Take(page.Limit)], all.Count > page.Limit ? "more" : null);
    }
}

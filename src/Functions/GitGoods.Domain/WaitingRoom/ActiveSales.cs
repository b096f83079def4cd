namespace GitGoods.Domain.WaitingRoom;

/// <summary>
/// The sales active now, read at most once per <see cref="Lifetime"/> per process: the order route asks on every order,
/// and outside sales this is what keeps the check free of a table round trip per order.
/// </summary>
public sealed class ActiveSales(IWaitingRoomStore store, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1);

    private (IReadOnlyList<Sale> Sales, DateTimeOffset ReadAt)? _cached;

    public async Task<IReadOnlyList<Sale>> NowAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cached is not { } hit || now - hit.ReadAt >= Lifetime)
        {
            // Two requests missing at once both read: harmless, and cheaper than a lock on every order.
            hit = (await store.ListSalesAsync(cancellationToken).ConfigureAwait(false), now);
            _cached = hit;
        }

        return [.. hit.Sales.Where(s => s.IsActiveAt(now))];
    }
}

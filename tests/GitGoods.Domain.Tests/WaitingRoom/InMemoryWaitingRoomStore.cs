using GitGoods.Domain.WaitingRoom;

namespace GitGoods.Domain.Tests.WaitingRoom;

/// <summary>
/// The store's contract in memory, with its conditional writes (version of the line, state and last check-in of each
/// place), so the domain's concurrency rules can be exercised deterministically. <see cref="BeforeApply"/> runs between an
/// advancer's read and its write: the place to slip a rival in.
/// </summary>
internal sealed class InMemoryWaitingRoomStore : IWaitingRoomStore
{
    private readonly Dictionary<string, SaleWithLine> _sales = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, long), Place> _places = [];
    private readonly Dictionary<(string, string), long> _shoppers = [];

    public Func<Task>? BeforeApply { get; set; }

    public int AppliedAdvances { get; private set; }

    public int RefusedAdvances { get; private set; }

    public Task<IReadOnlyList<Sale>> ListSalesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Sale>>([.. _sales.Values.Select(s => s.Sale)]);

    public Task<SaleWithLine?> FindAsync(string saleId, CancellationToken cancellationToken) => Task.FromResult(_sales.GetValueOrDefault(saleId));

    public Task PutSaleAsync(Sale sale, SaleLine emptyLine, CancellationToken cancellationToken)
    {
        _sales[sale.Id] = _sales.TryGetValue(sale.Id, out var found) ? found with { Sale = sale, Line = found.Line with { Version = found.Line.Version + 1 } } : new SaleWithLine(sale, emptyLine);
        return Task.CompletedTask;
    }

    public Task<bool> DeleteSaleAsync(string saleId, CancellationToken cancellationToken) => Task.FromResult(_sales.Remove(saleId));

    public Task<long> IssuePositionAsync(string saleId, CancellationToken cancellationToken)
    {
        var found = _sales[saleId];
        _sales[saleId] = found with { Line = found.Line with { Issued = found.Line.Issued + 1 } };
        return Task.FromResult(found.Line.Issued + 1);
    }

    public Task<bool> CreatePlaceAsync(string saleId, Place place, DateTimeOffset keepUntil, CancellationToken cancellationToken)
    {
        if (!_places.TryAdd((saleId, place.Position), place))
        {
            return Task.FromResult(false);
        }

        _shoppers[(saleId, place.ShopperId)] = place.Position;
        return Task.FromResult(true);
    }

    public Task<Place?> FindShopperPlaceAsync(string saleId, string shopperId, CancellationToken cancellationToken) =>
        Task.FromResult(_shoppers.TryGetValue((saleId, shopperId), out var position) ? _places.GetValueOrDefault((saleId, position)) : null);

    public Task<Place?> FindPlaceAsync(string saleId, long position, CancellationToken cancellationToken) => Task.FromResult(_places.GetValueOrDefault((saleId, position)));

    public Task<IReadOnlyList<Place?>> PlacesAsync(string saleId, long first, long last, CancellationToken cancellationToken)
    {
        var places = new List<Place?>();
        for (var p = first; p <= last; p++)
        {
            places.Add(_places.GetValueOrDefault((saleId, p)));
        }

        return Task.FromResult<IReadOnlyList<Place?>>(places);
    }

    public Task<bool> CheckInAsync(string saleId, long position, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_places.TryGetValue((saleId, position), out var place) && place.State == PlaceState.Waiting)
        {
            _places[(saleId, position)] = place with { LastSeenAt = now };
            return Task.FromResult(true);
        }

        return Task.FromResult(false);
    }

    public async Task<bool> ApplyAsync(string saleId, long expectedVersion, Advance advance, CancellationToken cancellationToken)
    {
        if (BeforeApply is { } rival)
        {
            BeforeApply = null;
            await rival();
        }

        var found = _sales[saleId];
        var stale = found.Line.Version != expectedVersion || advance.Changes.Any(c => c.State switch
        {
            PlaceState.Void => _places.ContainsKey((saleId, c.Position)),
            PlaceState.Admitted => _places[(saleId, c.Position)].State != PlaceState.Waiting,
            _ => _places[(saleId, c.Position)].State != PlaceState.Waiting || _places[(saleId, c.Position)].LastSeenAt != c.SeenAt,
        });
        if (stale)
        {
            RefusedAdvances++;
            return false;
        }

        _sales[saleId] = found with { Line = advance.Line with { Issued = found.Line.Issued, Completed = found.Line.Completed } };
        foreach (var change in advance.Changes)
        {
            _places[(saleId, change.Position)] = change.State == PlaceState.Void
                ? new Place(change.Position, "", PlaceState.Void, advance.Line.AllowanceAt, advance.Line.AllowanceAt)
                : _places[(saleId, change.Position)] with { State = change.State, AdmissionExpiresAt = change.AdmissionExpiresAt };
        }

        AppliedAdvances++;
        return true;
    }

    public Task<bool> CompleteAsync(string saleId, long position, CancellationToken cancellationToken)
    {
        var found = _sales[saleId];
        if (!found.Line.Checkout.ContainsKey(position))
        {
            return Task.FromResult(false);
        }

        var checkout = found.Line.Checkout.Where(c => c.Key != position).ToDictionary(c => c.Key, c => c.Value);
        _sales[saleId] = found with { Line = found.Line with { Checkout = checkout, Completed = found.Line.Completed + 1, Version = found.Line.Version + 1 } };
        _places[(saleId, position)] = _places[(saleId, position)] with { State = PlaceState.Completed };
        return Task.FromResult(true);
    }
}

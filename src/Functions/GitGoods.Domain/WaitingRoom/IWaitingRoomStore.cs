namespace GitGoods.Domain.WaitingRoom;

/// <summary>A sale with its line, as stored.</summary>
public sealed record SaleWithLine(Sale Sale, SaleLine Line);

/// <summary>Where sales, their lines and places live (the shop table; docs/waiting-room.md).</summary>
public interface IWaitingRoomStore
{
    /// <summary>Every defined sale (ended ones are deleted), without their lines: one query.</summary>
    Task<IReadOnlyList<Sale>> ListSalesAsync(CancellationToken cancellationToken);

    Task<SaleWithLine?> FindAsync(string saleId, CancellationToken cancellationToken);

    /// <summary>Creates or changes a sale's definition; its line and counters are kept (a new sale gets <paramref name="emptyLine"/>).</summary>
    Task PutSaleAsync(Sale sale, SaleLine emptyLine, CancellationToken cancellationToken);

    /// <summary>Ends a sale: its definition and line go (places expire by TTL). False when there was none.</summary>
    Task<bool> DeleteSaleAsync(string saleId, CancellationToken cancellationToken);

    /// <summary>The next arrival number of the sale (an atomic counter).</summary>
    Task<long> IssuePositionAsync(string saleId, CancellationToken cancellationToken);

    /// <summary>Writes a new place and the shopper's pointer to it; false when the number was voided meanwhile.</summary>
    Task<bool> CreatePlaceAsync(string saleId, Place place, DateTimeOffset keepUntil, CancellationToken cancellationToken);

    /// <summary>The shopper's latest place in the sale, or null.</summary>
    Task<Place?> FindShopperPlaceAsync(string saleId, string shopperId, CancellationToken cancellationToken);

    Task<Place?> FindPlaceAsync(string saleId, long position, CancellationToken cancellationToken);

    /// <summary>The places <paramref name="first"/>..<paramref name="last"/> in order, null where a number has no place.</summary>
    Task<IReadOnlyList<Place?>> PlacesAsync(string saleId, long first, long last, CancellationToken cancellationToken);

    /// <summary>Refreshes a waiting place's last check-in; false when the place is no longer waiting.</summary>
    Task<bool> CheckInAsync(string saleId, long position, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Writes an advance if the line is still at <paramref name="expectedVersion"/> and each place as it was read; false when another advance or a check-in won.</summary>
    Task<bool> ApplyAsync(string saleId, long expectedVersion, Advance advance, CancellationToken cancellationToken);

    /// <summary>Completes an admission: its capacity is released and the place marked completed, once. False when it held none.</summary>
    Task<bool> CompleteAsync(string saleId, long position, CancellationToken cancellationToken);
}

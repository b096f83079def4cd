namespace GitGoods.Domain.Analytics;

/// <summary>Reads the sales rollups across sellers, one shop day at a time (the analytics export reads them so).</summary>
public interface ISalesRollups
{
    /// <summary>Every seller's product rollups of <paramref name="day"/>, netted-out rows included (units 0).</summary>
    Task<IReadOnlyList<ProductSales>> ReadDayAsync(DateOnly day, CancellationToken cancellationToken);
}

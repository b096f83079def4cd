namespace GitGoods.Domain.Analytics.Sales;

/// <summary>Reads one seller's sales rollups (the seller report reads them so).</summary>
public interface ISellerSales
{
    /// <summary>The seller's rollup rows of every day in <paramref name="range"/> (days without sales have none).</summary>
    Task<SellerSalesRows> ReadAsync(string sellerId, ReportRange range, CancellationToken cancellationToken);
}

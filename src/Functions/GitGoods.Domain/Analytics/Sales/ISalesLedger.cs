using GitGoods.Domain.Orders;

namespace GitGoods.Domain.Analytics.Sales;

/// <summary>Keeps the sales rollups in step with order changes, each transition counted exactly once.</summary>
public interface ISalesLedger
{
    /// <summary>
    /// Applies the order as it is at <see cref="Order.Version"/> to the rollups of each of its sellers: adds its
    /// contribution when it now counts and did not, takes it out when it no longer counts. A version already applied, or
    /// older than one applied, changes nothing, so duplicate and out-of-order deliveries are harmless.
    /// </summary>
    /// <returns>How many sellers' rollups changed.</returns>
    Task<int> ApplyAsync(Order order, CancellationToken cancellationToken);
}

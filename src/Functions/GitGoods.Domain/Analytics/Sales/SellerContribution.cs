using GitGoods.Domain.Common;

namespace GitGoods.Domain.Analytics.Sales;

/// <summary>
/// What one counted order adds to one seller's rollups of its shop day: a row per product (each with orders = 1) and
/// the day's totals, where the order counts once however many of the seller's products it holds.
/// </summary>
public sealed record SellerContribution(string SellerId, DateOnly Day, IReadOnlyList<ProductContribution> Products)
{
    public long Units => Products.Sum(p => p.Units);

    public Money Revenue => Products.Select(p => p.Revenue).Aggregate((a, b) => a.Add(b));

    /// <summary>The order counts once in the seller's day.</summary>
    public static long Orders => 1;
}

/// <summary>One product of one order: its units and revenue (minor units), and one order.</summary>
public sealed record ProductContribution(string ProductId, string Title, string Platform, long Units, Money Revenue)
{
    public static long Orders => 1;
}

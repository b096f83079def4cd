namespace GitGoods.Domain.Analytics.Sales;

/// <summary>One seller's rollup rows over a report range: per day and product, and per day.</summary>
public sealed record SellerSalesRows(IReadOnlyList<ProductSales> Products, IReadOnlyList<DaySales> Days);

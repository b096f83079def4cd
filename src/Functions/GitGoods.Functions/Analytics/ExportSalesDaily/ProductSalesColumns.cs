using GitGoods.Analytics.Lake;
using GitGoods.Domain.Analytics;

namespace GitGoods.Analytics.ExportSalesDaily;

/// <summary>The columns of <see cref="LakeTables.SalesDaily"/>, read from a rollup (the day is the partition, not a column).</summary>
public static class ProductSalesColumns
{
    public static LakeColumnMap<ProductSales> Map { get; } = new LakeColumnMap<ProductSales>()
        .Text("seller_id", s => s.SellerId)
        .Text("product_id", s => s.ProductId)
        .Text("title", s => s.Title)
        .Text("platform", s => s.Platform)
        .BigInt("units", s => s.Units)
        .BigInt("revenue_amount", s => s.Revenue.Amount)
        .BigInt("orders", s => s.Orders)
        .Text("currency", s => s.Revenue.Currency);
}

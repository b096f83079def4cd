using GitGoods.Domain.Common;

namespace GitGoods.Domain.Analytics.Sales;

/// <summary>Builds a <see cref="SalesReport"/> from a seller's rollup rows.</summary>
public static class SalesReportBuilder
{
    /// <summary>How many products the top and the bottom lists hold.</summary>
    public const int RankedProducts = 5;

    /// <summary>
    /// Totals over the range; a <see cref="DayFigures"/> for every day of it, zeros where nothing sold; the top products
    /// by units (ties: revenue, then product id) and the bottom ones (fewest units first, only products that sold).
    /// Rows outside the range are ignored.
    /// </summary>
    public static SalesReport Build(ReportRange range, string currency, SellerSalesRows rows)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(rows);
        var zero = Money.Zero(currency);
        var days = rows.Days.Where(d => d.Day >= range.From && d.Day <= range.To).ToLookup(d => d.Day);
        var byDay = range.EachDay().Select(day => new DayFigures(day,
            days[day].Select(d => d.Revenue).Aggregate(zero, (a, b) => a.Add(b)), days[day].Sum(d => d.Units), days[day].Sum(d => d.Orders))).ToList();
        var totals = new SalesFigures(byDay.Select(d => d.Revenue).Aggregate(zero, (a, b) => a.Add(b)), byDay.Sum(d => d.Units), byDay.Sum(d => d.Orders));
        var products = ProductTotals(range, rows.Products, zero).Where(p => p.Units > 0).ToList();
        var top = products
            .OrderByDescending(p => p.Units).ThenByDescending(p => p.Revenue.Amount).ThenBy(p => p.ProductId, StringComparer.Ordinal)
            .Take(RankedProducts).ToList();
        var bottom = products
            .OrderBy(p => p.Units).ThenBy(p => p.Revenue.Amount).ThenBy(p => p.ProductId, StringComparer.Ordinal)
            .Take(RankedProducts).ToList();
        return new SalesReport(currency, totals, byDay, top, bottom);
    }

    // A product's title is the latest one its rows carry (titles may change between days).
    private static IEnumerable<ProductFigures> ProductTotals(ReportRange range, IReadOnlyList<ProductSales> rows, Money zero) =>
        rows.Where(r => r.Day >= range.From && r.Day <= range.To)
            .GroupBy(r => r.ProductId, StringComparer.Ordinal)
            .Select(g => new ProductFigures(g.Key, g.MaxBy(r => r.Day)!.Title, g.Sum(r => r.Units),
                g.Select(r => r.Revenue).Aggregate(zero, (a, b) => a.Add(b))));
}

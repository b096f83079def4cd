using System.Globalization;
using GitGoods.Domain.Analytics.Sales;
using GitGoods.Http;

namespace GitGoods.Analytics.SalesReports;

/// <summary>The body of <c>GET /api/seller/reports/sales</c>, exactly as api.md gives it.</summary>
public sealed record SalesReportResponse(
    string Currency,
    SalesTotalsResponse Totals,
    IReadOnlyList<SalesDayResponse> ByDay,
    IReadOnlyList<SalesProductResponse> TopProducts,
    IReadOnlyList<SalesProductResponse> BottomProducts)
{
    public static SalesReportResponse From(SalesReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new SalesReportResponse(
            report.Currency,
            new SalesTotalsResponse(MoneyResponse.From(report.Totals.Revenue), report.Totals.Units, report.Totals.Orders),
            [.. report.ByDay.Select(d => new SalesDayResponse(
                d.Date.ToString(ReportRange.DateFormat, CultureInfo.InvariantCulture), MoneyResponse.From(d.Revenue), d.Units, d.Orders))],
            [.. report.TopProducts.Select(SalesProductResponse.From)],
            [.. report.BottomProducts.Select(SalesProductResponse.From)]);
    }
}

public sealed record SalesTotalsResponse(MoneyResponse Revenue, long Units, long Orders);

public sealed record SalesDayResponse(string Date, MoneyResponse Revenue, long Units, long Orders);

public sealed record SalesProductResponse(string ProductId, string Title, long Units, MoneyResponse Revenue)
{
    public static SalesProductResponse From(ProductFigures product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return new SalesProductResponse(product.ProductId, product.Title, product.Units, MoneyResponse.From(product.Revenue));
    }
}

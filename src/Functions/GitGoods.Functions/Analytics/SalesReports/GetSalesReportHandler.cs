using GitGoods.Domain.Analytics.Sales;
using GitGoods.Hosting.Http;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;
using GitGoods.Orders;

namespace GitGoods.Analytics.SalesReports;

/// <summary>
/// GET /api/seller/reports/sales: a seller's net sales over shop days (the shop's time zone), from the sales rollups,
/// so it lags the orders by the stream's delay only. Admins may read any seller's with <c>sellerId</c>.
/// </summary>
public sealed class GetSalesReportHandler(ISellerSales sales, ShopCalendar calendar, string currency, TimeProvider time) : IHttpHandler
{
    public async Task<ApiGatewayHttpResponse> HandleAsync(ApiGatewayHttpRequest request, LambdaContext context, CancellationToken cancellationToken)
    {
        var caller = OrderAccess.RequireCaller(request);
        if (!SalesReportQuery.TryRead(request, caller, calendar.Today(time), out var sellerId, out var range, out var problem))
        {
            return problem;
        }

        var rows = await sales.ReadAsync(sellerId, range, cancellationToken);
        var report = SalesReportBuilder.Build(range, currency, rows);
        return HttpResults.Json(request, 200, SalesReportResponse.From(report), FunctionsJsonContext.Default.SalesReportResponse,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["cache-control"] = "private, no-store" });
    }
}

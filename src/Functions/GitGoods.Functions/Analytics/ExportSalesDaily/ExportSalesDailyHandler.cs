using GitGoods.Domain.Analytics.Sales;
using GitGoods.Analytics.Lake;
using GitGoods.Domain.Analytics;
using GitGoods.Hosting.EventBridge;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Analytics.ExportSalesDaily;

/// <summary>
/// Exports the sales rollups of the last <see cref="Days"/> shop days (today included) to <see cref="LakeTables.SalesDaily"/>:
/// each day whole, replacing its file, so every run is idempotent and late changes (a cancellation weeks later) reach the
/// lake on the next run. A day with no rollups is skipped unless it already has a file, which is then emptied.
/// </summary>
public sealed class ExportSalesDailyHandler(ISalesRollups rollups, IAnalyticsFiles files, ShopCalendar calendar, TimeProvider time)
    : IEventBridgeHandler
{
    public const int DefaultDays = 35;

    /// <summary>The one file of each day's partition.</summary>
    public const string FileName = "sales";

    /// <summary>How many shop days each run exports, counting back from today.</summary>
    public int Days { get; init; } = DefaultDays;

    public async Task HandleAsync(EventBridgeEvent eventBridgeEvent, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var written = await ExportAsync(calendar.Today(time), cancellationToken).ConfigureAwait(false);
        context.Metrics.AddMetric("SalesDaysExported", written);
    }

    /// <summary>Exports <paramref name="today"/> and the <see cref="Days"/> − 1 days before it; returns how many files were written.</summary>
    public async Task<int> ExportAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var written = 0;
        for (var back = 0; back < Days; back++)
        {
            var day = today.AddDays(-back);
            var key = LakeFile.KeyOf(LakeTables.SalesDaily, day, FileName);
            // Every day's file is written, empty days too: a day whose rollups netted out or vanished is emptied, and the
            // function needs no read of the bucket (its grant is s3:PutObject under its folder, nothing else).
            var sales = await rollups.ReadDayAsync(day, cancellationToken).ConfigureAwait(false);
            var rows = sales.OrderBy(s => s.SellerId, StringComparer.Ordinal).ThenBy(s => s.ProductId, StringComparer.Ordinal).ToList();
            await LakeFile.WriteAsync(files, key, LakeTables.SalesDaily, ProductSalesColumns.Map, rows, cancellationToken).ConfigureAwait(false);
            written++;
        }

        return written;
    }
}

using GitGoods.Adapters.Orders;
using GitGoods.Analytics.Lake;
using GitGoods.Manifest;

namespace GitGoods.Functions.Tests.Analytics;

public class AnalyticsManifestTests
{
    [Fact]
    public void ExportOrderLines_ReadsTheOrderStream_AndMayWriteOnlyTheOrderLinesPrefix()
    {
        var export = FunctionManifest.Find("ExportOrderLines")!;

        export.Trigger.Should().Be(new TableStreamTrigger(OrderImages.ItemType));
        export.Access.Should().Be(DataAccess.None with { AnalyticsWritePrefix = "lake/order_lines/" });
        export.Access.PersonalData.Should().Be(PersonalDataAccess.None);
        LakeTables.OrderLines.Prefix.Should().Be("lake/order_lines/");
    }
}

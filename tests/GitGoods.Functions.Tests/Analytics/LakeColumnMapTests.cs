using GitGoods.Analytics.ExportOrderLines;
using GitGoods.Analytics.ExportSalesDaily;
using GitGoods.Analytics.Lake;
using GitGoods.Domain.Analytics;

namespace GitGoods.Functions.Tests.Analytics;

public class LakeColumnMapTests
{
    [Fact]
    public void WritersMaps_CoverTheirTablesColumnsExactly()
    {
        OrderLineRow.Columns.ColumnsOf(LakeTables.OrderLines, []).Select(c => c.Name)
            .Should().Equal(LakeTables.OrderLines.Columns.Select(c => c.Name));
        ProductSalesColumns.Map.ColumnsOf(LakeTables.SalesDaily, []).Select(c => c.Name)
            .Should().Equal(LakeTables.SalesDaily.Columns.Select(c => c.Name));
    }

    [Fact]
    public void AMapMissingAColumn_OrReadingItWithAnotherType_OrNamingAnUnknownOne_Throws()
    {
        var missing = () => new LakeColumnMap<ProductSales>().Text("seller_id", s => s.SellerId).ColumnsOf(LakeTables.SalesDaily, []);
        var mistyped = () => new LakeColumnMap<ProductSales>()
            .Text("seller_id", s => s.SellerId).Text("product_id", s => s.ProductId).Text("title", s => s.Title).Text("platform", s => s.Platform)
            .Text("units", s => s.SellerId).BigInt("revenue_amount", s => s.Revenue.Amount).BigInt("orders", s => s.Orders).Text("currency", s => s.Revenue.Currency)
            .ColumnsOf(LakeTables.SalesDaily, []);
        var unknown = () => new LakeColumnMap<ProductSales>().Text("customer_id", s => s.SellerId).ColumnsOf(LakeTables.SalesDaily, []);

        missing.Should().Throw<InvalidOperationException>().WithMessage("*product_id*");
        mistyped.Should().Throw<InvalidOperationException>().WithMessage("*units*");
        unknown.Should().Throw<InvalidOperationException>().WithMessage("*customer_id*");
    }

    [Fact]
    public async Task CsvTables_AreNotWrittenAsParquet()
    {
        var act = () => LakeFile.EncodeAsync(LakeTables.PipelineEvents, new LakeColumnMap<string>(), [], CancellationToken.None);

        await act.Should().ThrowAsync<InvalidOperationException>();
    }
}

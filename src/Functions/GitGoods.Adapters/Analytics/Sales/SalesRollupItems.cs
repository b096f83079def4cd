using System.Globalization;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Analytics;
using GitGoods.Domain.Analytics.Sales;
using GitGoods.Domain.Common;

using static GitGoods.Adapters.Table.ItemValues;

namespace GitGoods.Adapters.Analytics.Sales;

/// <summary>
/// The sales rollup items of the shop table (docs/decisions/0019-sales-rollups.md). Per seller (PK <c>SALES#seller</c>):
/// a row per shop day and product (SK <c>DAY#2026-12-04#P#product</c>, also under GSI1 <c>SALESDAY#2026-12-04</c> so one
/// day of every seller reads at once) and a row per day (SK <c>DAY#2026-12-04#TOTAL</c>). Per order and seller, a ledger
/// entry (PK <c>SALESLEDGER#order</c>, SK <c>SELLER#seller</c>). None has <c>type</c> Order, so none reaches the stream consumers.
/// </summary>
internal static class SalesRollupItems
{
    public const string ProductDayType = "SalesProductDay";
    public const string DayTotalType = "SalesDayTotal";
    public const string LedgerType = "SalesLedger";

    public static string SellerPartition(string sellerId) => "SALES#" + sellerId;

    public static string DayPrefix(DateOnly day) => "DAY#" + Day(day);

    public static string ProductSortKey(DateOnly day, string productId) => DayPrefix(day) + "#P#" + productId;

    public static string TotalSortKey(DateOnly day) => DayPrefix(day) + "#TOTAL";

    public static string DayIndexPartition(DateOnly day) => "SALESDAY#" + Day(day);

    public static string Day(DateOnly day) => day.ToString(ReportRange.DateFormat, CultureInfo.InvariantCulture);

    public static Dictionary<string, AttributeValue> LedgerKey(string orderId, string sellerId) => new(StringComparer.Ordinal)
    {
        [ShopTable.PartitionKey] = new("SALESLEDGER#" + orderId),
        [ShopTable.SortKey] = new("SELLER#" + sellerId),
    };

    public static SalesLedgerEntry? LedgerFrom(Dictionary<string, AttributeValue>? item) =>
        item is { Count: > 0 } ? new SalesLedgerEntry(long.Parse(item["version"].N, CultureInfo.InvariantCulture), item["counted"].BOOL == true) : null;

    public static Dictionary<string, AttributeValue> Ledger(string orderId, SellerContribution part, long version, bool counted)
    {
        var item = LedgerKey(orderId, part.SellerId);
        item["type"] = new(LedgerType);
        item["version"] = Number(version);
        item["counted"] = new AttributeValue { BOOL = counted };
        item["day"] = new(Day(part.Day));
        return item;
    }

    public static ProductSales ProductFrom(Dictionary<string, AttributeValue> item)
    {
        var currency = item["currency"].S;
        return new ProductSales(item["sellerId"].S, ParseDay(item["day"].S), item["productId"].S, item["title"].S, item["platform"].S,
            Long(item, "units"), new Money(Long(item, "revenue"), currency), Long(item, "orders"));
    }

    public static DaySales TotalFrom(Dictionary<string, AttributeValue> item) =>
        new(item["sellerId"].S, ParseDay(item["day"].S), Long(item, "units"), new Money(Long(item, "revenue"), item["currency"].S), Long(item, "orders"));

    private static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, ReportRange.DateFormat, CultureInfo.InvariantCulture);

    private static long Long(Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.N is { } n ? long.Parse(n, CultureInfo.InvariantCulture) : 0;
}

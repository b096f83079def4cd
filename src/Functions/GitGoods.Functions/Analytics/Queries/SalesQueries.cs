namespace GitGoods.Analytics.Queries;

/// <summary>
/// The business team's saved sales queries, over <c>sales_daily</c> (the rollups, net of cancellations) and
/// <c>order_lines</c> (each order change's lines). Written in the SQL both Athena (engine v3, Trino) and DuckDB accept:
/// CAST, standard aggregates, window functions, <c>ORDER BY … LIMIT</c>. Sums are cast to BIGINT (DuckDB would answer
/// HUGEINT). Each query reads only recent partitions (<c>dt</c> is a <c>yyyy-MM-dd</c> string, so it compares as text),
/// which keeps it under the workgroup's bytes-scanned limit; amounts are in minor units of <c>currency</c>.
/// </summary>
public static class SalesQueries
{
    /// <summary>The first shop day of the last 30 days (today included), as a partition value.</summary>
    internal const string Since30Days = "CAST(CAST(current_date - INTERVAL '29' DAY AS DATE) AS VARCHAR)";

    /// <summary>The first shop day of the last 90 days (today included), as a partition value.</summary>
    internal const string Since90Days = "CAST(CAST(current_date - INTERVAL '89' DAY AS DATE) AS VARCHAR)";

    public static NamedQuery BestSellers { get; } = new("sales-best-sellers",
        "The 10 products that sold the most units in the last 30 shop days, net of cancellations.",
        Ranking("units DESC, revenue_amount DESC"));

    public static NamedQuery WorstSellers { get; } = new("sales-worst-sellers",
        "The 10 products that sold the fewest units in the last 30 shop days, net of cancellations (products with no sale at all are not in the lake).",
        Ranking("units ASC, revenue_amount ASC"));

    public static NamedQuery RevenueByDay { get; } = new("sales-revenue-by-day",
        "Revenue and units per shop day and currency over the last 90 shop days, net of cancellations.",
        $"""
        SELECT CAST(dt AS DATE) AS shop_day, currency,
               CAST(SUM(revenue_amount) AS BIGINT) AS revenue_amount, CAST(SUM(units) AS BIGINT) AS units
        FROM sales_daily
        WHERE dt >= {Since90Days}
        GROUP BY dt, currency
        ORDER BY shop_day, currency
        """);

    /// <summary>From the orders themselves: each order line as the order's latest change left it, counted statuses only.</summary>
    public static NamedQuery RevenueByPlatform { get; } = new("sales-revenue-by-platform",
        "Revenue, units and orders per platform for orders placed in the last 30 shop days that are confirmed, shipped or delivered now.",
        $"""
        WITH latest AS (
            SELECT order_id, platform, quantity, line_amount, currency, counted,
                   ROW_NUMBER() OVER (PARTITION BY order_id, seller_id, product_id ORDER BY order_version DESC) AS change_rank
            FROM order_lines
            WHERE dt >= CAST(CAST(current_date - INTERVAL '30' DAY AS DATE) AS VARCHAR)
              AND shop_day >= {Since30Days}
        )
        SELECT platform, currency, CAST(SUM(line_amount) AS BIGINT) AS revenue_amount,
               CAST(SUM(quantity) AS BIGINT) AS units, COUNT(DISTINCT order_id) AS orders
        FROM latest
        WHERE change_rank = 1 AND counted
        GROUP BY platform, currency
        ORDER BY revenue_amount DESC, platform, currency
        """);

    public static NamedQuery QuantityByDateAndItem { get; } = new("sales-quantity-by-date-and-item",
        "Units sold per shop day and product over the last 90 shop days, net of cancellations (the seller report's table).",
        $"""
        SELECT CAST(dt AS DATE) AS shop_day, seller_id, product_id, MAX(title) AS title, MAX(platform) AS platform,
               CAST(SUM(units) AS BIGINT) AS units
        FROM sales_daily
        WHERE dt >= {Since90Days} AND units > 0
        GROUP BY dt, seller_id, product_id
        ORDER BY shop_day, seller_id, product_id
        """);

    public static IReadOnlyList<NamedQuery> All { get; } = [BestSellers, WorstSellers, RevenueByDay, RevenueByPlatform, QuantityByDateAndItem];

    private static string Ranking(string order) => $"""
        SELECT seller_id, product_id, MAX(title) AS title, MAX(platform) AS platform, currency,
               CAST(SUM(units) AS BIGINT) AS units, CAST(SUM(revenue_amount) AS BIGINT) AS revenue_amount
        FROM sales_daily
        WHERE dt >= {Since30Days}
        GROUP BY seller_id, product_id, currency
        ORDER BY {order}, seller_id, product_id
        LIMIT 10
        """;
}

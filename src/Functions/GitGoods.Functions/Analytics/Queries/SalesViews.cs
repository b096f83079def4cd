namespace GitGoods.Analytics.Queries;

/// <summary>
/// The views QuickSight's sales datasets read (docs/analytics-lake.md): typed, de-duplicated shapes of the lake's sales
/// tables. Each is a <c>CREATE OR REPLACE VIEW</c> that Athena and DuckDB both run; run them once after the tables exist.
/// </summary>
public static class SalesViews
{
    /// <summary>The rollups with their partition as a date.</summary>
    public static NamedQuery Daily { get; } = new("sales-view-daily",
        "Creates sales_daily_v: net sales per shop day (a DATE), seller and product.",
        """
        CREATE OR REPLACE VIEW sales_daily_v AS
        SELECT CAST(dt AS DATE) AS shop_day, seller_id, product_id, title, platform, units, revenue_amount, orders, currency
        FROM sales_daily
        """);

    /// <summary>
    /// Each order line as its order's latest change left it: the stream writes a line once per change (and a retried batch
    /// may write a change twice), so only the highest <c>order_version</c> of each line is kept, once.
    /// </summary>
    public static NamedQuery CurrentOrderLines { get; } = new("sales-view-current-order-lines",
        "Creates order_lines_current_v: each order line in its order's current status, placement day as a DATE.",
        """
        CREATE OR REPLACE VIEW order_lines_current_v AS
        SELECT order_id, order_version, status, counted, placed_at, CAST(shop_day AS DATE) AS shop_day, changed_at,
               seller_id, product_id, title, platform, quantity, unit_amount, line_amount, currency
        FROM (
            SELECT order_lines.*,
                   ROW_NUMBER() OVER (PARTITION BY order_id, seller_id, product_id ORDER BY order_version DESC) AS change_rank
            FROM order_lines
        ) ranked
        WHERE change_rank = 1
        """);

    public static IReadOnlyList<NamedQuery> All { get; } = [Daily, CurrentOrderLines];
}

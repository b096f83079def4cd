using static GitGoods.Analytics.Lake.LakeType;

namespace GitGoods.Analytics.Lake;

/// <summary>
/// Every table of the analytics lake. None holds personal data: no names, addresses, phones, e-mails or customer ids
/// (docs/analytics.md). Column names are snake_case, as Athena and DuckDB users type them.
/// </summary>
public static class LakeTables
{
    /// <summary>
    /// One row per order line per order change, written from the shop table's stream: an append-only log. A query
    /// takes each order's latest <c>order_version</c>; a retried batch may write a change twice, which that also absorbs.
    /// Partition <c>dt</c>: the UTC day of the change.
    /// </summary>
    public static LakeTable OrderLines { get; } = new("order_lines", "Order lines at each order change (no personal data).", LakeFormat.Parquet,
    [
        new("order_id", Text, "The order."),
        new("order_version", BigInt, "The order's version after this change; the highest is the order's current state."),
        new("status", Text, "PENDING, CONFIRMED, REJECTED, CANCELLED, SHIPPED or DELIVERED after this change."),
        new("counted", Flag, "True when the status counts as a sale (CONFIRMED, SHIPPED, DELIVERED)."),
        new("placed_at", Timestamp, "When the order was placed (UTC)."),
        new("shop_day", Text, "The calendar day the order was placed on, in the shop's time zone (yyyy-MM-dd)."),
        new("changed_at", Timestamp, "When this change happened (UTC)."),
        new("seller_id", Text, "The seller of the line's product."),
        new("product_id", Text, "The product."),
        new("title", Text, "The product's title when ordered."),
        new("platform", Text, "The product's platform when ordered."),
        new("quantity", BigInt, "Units on the line."),
        new("unit_amount", BigInt, "Unit price in minor units."),
        new("line_amount", BigInt, "quantity × unit_amount, minor units."),
        new("currency", Text, "ISO 4217 code."),
    ]);

    /// <summary>
    /// The sales rollups (seller × shop day × product, net of cancellations), exported whole per day: a day's file is
    /// replaced each time it is exported. Partition <c>dt</c>: the shop day.
    /// </summary>
    public static LakeTable SalesDaily { get; } = new("sales_daily", "Net sales per seller, shop day and product.", LakeFormat.Parquet,
    [
        new("seller_id", Text, "The seller."),
        new("product_id", Text, "The product."),
        new("title", Text, "The product's title on its latest counted order."),
        new("platform", Text, "The product's platform."),
        new("units", BigInt, "Units sold, net of cancellations."),
        new("revenue_amount", BigInt, "Revenue in minor units, net of cancellations."),
        new("orders", BigInt, "Orders holding the product, net of cancellations."),
        new("currency", Text, "ISO 4217 code."),
    ]);

    /// <summary>
    /// One CSV row per CodePipeline state-change event (pipeline, stage or action), written by the delivery-metrics
    /// function under the event's id, so a redelivered event replaces its own row. Partition <c>dt</c>: the event's UTC day.
    /// Columns follow AWS's DevOps Monitoring Dashboard.
    /// </summary>
    public static LakeTable PipelineEvents { get; } = new("pipeline_events", "CodePipeline execution state changes.", LakeFormat.Csv,
    [
        new("event_id", Text, "The EventBridge event id."),
        new("time", Text, "When the state changed, UTC, 'yyyy-MM-dd HH:mm:ss.SSS' (CAST(time AS TIMESTAMP))."),
        new("account", Text, "The AWS account."),
        new("region", Text, "The AWS Region."),
        new("event_level", Text, "PIPELINE, STAGE or ACTION."),
        new("pipeline", Text, "The pipeline's name."),
        new("pipeline_version", Text, "The pipeline's structure version."),
        new("execution_id", Text, "The pipeline execution."),
        new("stage", Text, "The stage (stage and action events)."),
        new("action", Text, "The action (action events)."),
        new("state", Text, "STARTED, SUCCEEDED, RESUMED, FAILED, CANCELED, SUPERSEDED, STOPPING, STOPPED or ABANDONED."),
        new("external_execution_id", Text, "The action provider's own execution id (e.g. a CodeBuild build)."),
        new("action_category", Text, "Source, Build, Test, Deploy, Approval or Invoke."),
        new("action_owner", Text, "AWS, ThirdParty or Custom."),
        new("action_provider", Text, "e.g. CodeBuild, CodeStarSourceConnection."),
    ]);

    public static IReadOnlyList<LakeTable> All { get; } = [OrderLines, SalesDaily, PipelineEvents];
}

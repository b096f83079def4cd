namespace GitGoods.Analytics.Queries;

/// <summary>
/// The views QuickSight's delivery datasets read (docs/delivery-metrics.md): saved as named queries that create them,
/// run once in the analytics database (and again after a change). Each view exposes the same rows the queries of
/// <see cref="DeliveryQueries"/> aggregate, so a dashboard and a query agree.
/// </summary>
public static class DeliveryViews
{
    public static NamedQuery Executions { get; } = new("delivery-view-executions",
        "Creates delivery_executions: one row per finished pipeline execution (started_at, finished_at, final_state, duration_seconds).",
        $"""
        CREATE OR REPLACE VIEW delivery_executions AS
        {DeliverySql.Executions}
        """);

    public static NamedQuery StageRuns { get; } = new("delivery-view-stage-runs",
        "Creates delivery_stage_runs: one row per finished stage run (started_at, finished_at, final_state, duration_seconds).",
        $"""
        CREATE OR REPLACE VIEW delivery_stage_runs AS
        {DeliverySql.StageRuns}
        """);

    public static NamedQuery Restores { get; } = new("delivery-view-restores",
        "Creates delivery_restores: one row per outage (failed_at, restored_at, time_to_restore_seconds).",
        $"""
        CREATE OR REPLACE VIEW delivery_restores AS
        {DeliverySql.Restores}
        """);

    /// <summary>Every delivery view, in creation order (none depends on another).</summary>
    public static IReadOnlyList<NamedQuery> All { get; } = [Executions, StageRuns, Restores];
}

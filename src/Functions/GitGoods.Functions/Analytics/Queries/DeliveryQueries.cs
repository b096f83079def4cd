using static GitGoods.Analytics.Queries.DeliverySql;

namespace GitGoods.Analytics.Queries;

/// <summary>
/// The delivery (DORA-style) metrics over <c>pipeline_events</c>, as Athena named queries (docs/delivery-metrics.md).
/// Each is self-contained (no view needed), in the SQL both Athena (Trino) and DuckDB accept; the suite runs every one
/// on DuckDB over rows the real function wrote from the sample events.
/// </summary>
public static class DeliveryQueries
{
    public static NamedQuery DeploymentFrequency { get; } = new("delivery-deployment-frequency",
        "Deployments per pipeline and UTC day: executions that ended SUCCEEDED.",
        $"""
        WITH executions AS ({Executions})
        SELECT pipeline, CAST(finished_at AS DATE) AS day, COUNT(*) AS deployments
        FROM executions
        WHERE final_state = 'SUCCEEDED'
        GROUP BY pipeline, CAST(finished_at AS DATE)
        ORDER BY day, pipeline
        """);

    public static NamedQuery LeadTime { get; } = new("delivery-lead-time-for-changes",
        "Per succeeded execution, seconds from its first STARTED to SUCCEEDED. Approximates lead time for changes, "
        + "which truly starts at the commit: the time a change waits before the pipeline picks it up is not counted.",
        $"""
        WITH executions AS ({Executions})
        SELECT pipeline, execution_id, started_at, finished_at AS succeeded_at, duration_seconds AS lead_time_seconds
        FROM executions
        WHERE final_state = 'SUCCEEDED' AND started_at IS NOT NULL
        ORDER BY succeeded_at, pipeline
        """);

    public static NamedQuery ChangeFailureRate { get; } = new("delivery-change-failure-rate",
        "Per pipeline and ISO week (Monday, UTC): FAILED executions over finished (SUCCEEDED or FAILED) ones. "
        + "Counts every failed execution, including those that failed before deploying anything.",
        $"""
        WITH executions AS ({Executions})
        SELECT pipeline, CAST(date_trunc('week', finished_at) AS DATE) AS week,
               COUNT(*) AS finished,
               SUM(CASE WHEN final_state = 'FAILED' THEN 1 ELSE 0 END) AS failed,
               CAST(SUM(CASE WHEN final_state = 'FAILED' THEN 1 ELSE 0 END) AS DOUBLE) / COUNT(*) AS change_failure_rate
        FROM executions
        WHERE final_state IN ('SUCCEEDED', 'FAILED')
        GROUP BY pipeline, CAST(date_trunc('week', finished_at) AS DATE)
        ORDER BY week, pipeline
        """);

    public static NamedQuery TimeToRestore { get; } = new("delivery-time-to-restore",
        "Per outage (a FAILED execution after a success), seconds until the pipeline's next SUCCEEDED execution; "
        + "empty while it is still failing.",
        $"""
        WITH restores AS ({Restores})
        SELECT pipeline, failed_execution_id, failed_at, restored_execution_id, restored_at, time_to_restore_seconds
        FROM restores
        ORDER BY failed_at, pipeline
        """);

    public static NamedQuery StageDurations { get; } = new("delivery-stage-durations",
        "Per pipeline stage: finished runs, failures, and the median, average and longest seconds from STARTED to the stage's final state.",
        $"""
        WITH stage_runs AS ({StageRuns}),
        ranked AS (
            SELECT pipeline, stage, final_state, started_at, duration_seconds,
                   ROW_NUMBER() OVER (PARTITION BY pipeline, stage ORDER BY duration_seconds) AS position,
                   COUNT(*) OVER (PARTITION BY pipeline, stage) AS runs
            FROM stage_runs
        )
        SELECT pipeline, stage, COUNT(*) AS runs,
               SUM(CASE WHEN final_state = 'FAILED' THEN 1 ELSE 0 END) AS failed_runs,
               AVG(CASE WHEN 2 * position BETWEEN runs AND runs + 2 THEN CAST(duration_seconds AS DOUBLE) END) AS median_seconds,
               AVG(CAST(duration_seconds AS DOUBLE)) AS avg_seconds,
               MAX(duration_seconds) AS max_seconds
        FROM ranked
        GROUP BY pipeline, stage
        ORDER BY pipeline, MIN(started_at), stage
        """);

    /// <summary>Every delivery query, in the order the replay command prints them.</summary>
    public static IReadOnlyList<NamedQuery> All { get; } = [DeploymentFrequency, LeadTime, ChangeFailureRate, TimeToRestore, StageDurations];
}

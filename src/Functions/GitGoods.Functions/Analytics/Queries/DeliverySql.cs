namespace GitGoods.Analytics.Queries;

/// <summary>
/// The building blocks of the delivery queries and views: one row per finished pipeline execution and one per finished
/// stage run, read from <c>pipeline_events</c>. Written once here so a view and the query beside it cannot drift apart.
/// SQL both Athena (Trino) and DuckDB accept: <c>"time"</c> is quoted (a keyword in both grammars), times are cast
/// from their <c>yyyy-MM-dd HH:mm:ss.SSS</c> text, and <c>date_diff('second', a, b)</c> is b − a in both
/// (EventBridge times are whole seconds, so DuckDB's boundary counting and Trino's truncation agree).
/// </summary>
internal static class DeliverySql
{
    /// <summary>The states after which a pipeline execution does not change again (unless retried: then the latest wins).</summary>
    private const string FinalPipelineStates = "'SUCCEEDED', 'FAILED', 'STOPPED', 'CANCELED', 'SUPERSEDED'";

    /// <summary>The states after which a stage run does not change again (unless retried: then the latest wins).</summary>
    private const string FinalStageStates = "'SUCCEEDED', 'FAILED', 'STOPPED', 'CANCELED'";

    /// <summary>
    /// pipeline, execution_id, started_at (its first STARTED), finished_at and final_state (its latest final state),
    /// duration_seconds: one row per pipeline execution that has finished.
    /// </summary>
    public const string Executions = $"""
        SELECT pipeline, execution_id, started_at, finished_at, final_state,
               date_diff('second', started_at, finished_at) AS duration_seconds
        FROM (
            SELECT pipeline, execution_id, state AS final_state, CAST("time" AS TIMESTAMP) AS finished_at,
                   MIN(CASE WHEN state = 'STARTED' THEN CAST("time" AS TIMESTAMP) END)
                       OVER (PARTITION BY pipeline, execution_id) AS started_at,
                   ROW_NUMBER() OVER (
                       PARTITION BY pipeline, execution_id
                       ORDER BY CASE WHEN state IN ({FinalPipelineStates}) THEN 0 ELSE 1 END, "time" DESC) AS latest
            FROM pipeline_events
            WHERE event_level = 'PIPELINE'
        ) events
        WHERE latest = 1 AND final_state IN ({FinalPipelineStates})
        """;

    /// <summary>
    /// pipeline, execution_id, stage, started_at, finished_at, final_state, duration_seconds: one row per stage run
    /// (a stage within one pipeline execution) that has finished.
    /// </summary>
    public const string StageRuns = $"""
        SELECT pipeline, execution_id, stage, started_at, finished_at, final_state,
               date_diff('second', started_at, finished_at) AS duration_seconds
        FROM (
            SELECT pipeline, execution_id, stage, state AS final_state, CAST("time" AS TIMESTAMP) AS finished_at,
                   MIN(CASE WHEN state = 'STARTED' THEN CAST("time" AS TIMESTAMP) END)
                       OVER (PARTITION BY pipeline, execution_id, stage) AS started_at,
                   ROW_NUMBER() OVER (
                       PARTITION BY pipeline, execution_id, stage
                       ORDER BY CASE WHEN state IN ({FinalStageStates}) THEN 0 ELSE 1 END, "time" DESC) AS latest
            FROM pipeline_events
            WHERE event_level = 'STAGE'
        ) events
        WHERE latest = 1 AND final_state IN ({FinalStageStates}) AND started_at IS NOT NULL
        """;

    /// <summary>
    /// pipeline, failed_execution_id, failed_at, restored_execution_id, restored_at, time_to_restore_seconds: one row per
    /// outage, which begins with a FAILED execution that follows a success (or nothing) and ends with the pipeline's next
    /// SUCCEEDED execution (null while still failing). Later failures within the outage do not restart its clock.
    /// </summary>
    public const string Restores = $"""
        WITH finished AS (
            SELECT pipeline, execution_id, final_state, finished_at,
                   LAG(final_state) OVER (PARTITION BY pipeline ORDER BY finished_at) AS previous_state
            FROM ({Executions}) executions
            WHERE final_state IN ('SUCCEEDED', 'FAILED')
        ),
        outages AS (
            SELECT pipeline, execution_id, finished_at
            FROM finished
            WHERE final_state = 'FAILED' AND (previous_state IS NULL OR previous_state <> 'FAILED')
        ),
        recoveries AS (
            SELECT o.pipeline, o.execution_id AS failed_execution_id, o.finished_at AS failed_at,
                   s.execution_id AS restored_execution_id, s.finished_at AS restored_at,
                   ROW_NUMBER() OVER (PARTITION BY o.pipeline, o.execution_id ORDER BY s.finished_at) AS next_success
            FROM outages o
            LEFT JOIN finished s ON s.pipeline = o.pipeline AND s.final_state = 'SUCCEEDED' AND s.finished_at > o.finished_at
        )
        SELECT pipeline, failed_execution_id, failed_at, restored_execution_id, restored_at,
               date_diff('second', failed_at, restored_at) AS time_to_restore_seconds
        FROM recoveries
        WHERE next_success = 1
        """;
}

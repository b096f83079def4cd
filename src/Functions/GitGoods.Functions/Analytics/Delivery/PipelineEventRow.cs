using System.Globalization;
using System.Text.Json;
using GitGoods.Analytics.Lake;
using GitGoods.Hosting.EventBridge;

namespace GitGoods.Analytics.Delivery;

/// <summary>
/// One row of <see cref="LakeTables.PipelineEvents"/>, built from one CodePipeline event, and the key of the file that
/// holds it: <c>lake/pipeline_events/dt={UTC day}/{event id}.csv</c>. A redelivered event has the same id and time, so it
/// lands on the same key and replaces its own row.
/// </summary>
public sealed record PipelineEventRow(string Key, IReadOnlyList<string> Values)
{
    /// <summary>How <c>time</c> is written: Athena and DuckDB both read it with <c>CAST(time AS TIMESTAMP)</c>.</summary>
    public const string TimeFormat = "yyyy-MM-dd HH:mm:ss.fff";

    private const int MaxIdLength = 128;

    /// <exception cref="RejectedPipelineEventException">When the event is not one the function records (see that type).</exception>
    public static PipelineEventRow From(EventBridgeEvent eventBridgeEvent)
    {
        ArgumentNullException.ThrowIfNull(eventBridgeEvent);
        var level = LevelOf(eventBridgeEvent);
        var detail = DetailOf(eventBridgeEvent, level);
        var time = eventBridgeEvent.Time.UtcDateTime;
        var table = LakeTables.PipelineEvents;
        var key = $"{table.PartitionPrefix(DateOnly.FromDateTime(time))}{eventBridgeEvent.Id}{table.Extension}";
        return new PipelineEventRow(key,
        [
            eventBridgeEvent.Id,
            time.ToString(TimeFormat, CultureInfo.InvariantCulture),
            eventBridgeEvent.Account,
            eventBridgeEvent.Region,
            level,
            detail.Pipeline!,
            VersionText(detail.Version),
            detail.ExecutionId!,
            detail.Stage ?? "",
            detail.Action ?? "",
            detail.State!,
            detail.ExecutionResult?.ExternalExecutionId ?? "",
            detail.Type?.Category ?? "",
            detail.Type?.Owner ?? "",
            detail.Type?.Provider ?? "",
        ]);
    }

    /// <summary>The row's level from the envelope, after checking the envelope is one the rule sends.</summary>
    private static string LevelOf(EventBridgeEvent e)
    {
        if (!string.Equals(e.Source, PipelineEventTypes.Source, StringComparison.Ordinal))
        {
            throw new RejectedPipelineEventException($"Event {e.Id} comes from '{e.Source}', not {PipelineEventTypes.Source}.");
        }

        if (!PipelineEventTypes.Levels.TryGetValue(e.DetailType, out var level))
        {
            throw new RejectedPipelineEventException($"Event {e.Id} is a '{e.DetailType}', not a CodePipeline execution state change.");
        }

        if (e.Id.Length is 0 or > MaxIdLength || !e.Id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new RejectedPipelineEventException($"The event id '{e.Id}' is not a safe file name (ASCII letters, digits, '-' and '_').");
        }

        return e.Time == default
            ? throw new RejectedPipelineEventException($"Event {e.Id} has no time.")
            : level;
    }

    /// <summary>The detail, with the fields its level requires.</summary>
    private static PipelineEventDetail DetailOf(EventBridgeEvent e, string level)
    {
        PipelineEventDetail? detail;
        try
        {
            detail = e.Detail.ValueKind == JsonValueKind.Object ? e.Detail.Deserialize(PipelineEventJsonContext.Default.PipelineEventDetail) : null;
        }
        catch (JsonException exception)
        {
            throw new RejectedPipelineEventException($"Event {e.Id} has a malformed detail: {exception.Message}", exception);
        }

        var isAction = string.Equals(level, "ACTION", StringComparison.Ordinal);
        var isStage = isAction || string.Equals(level, "STAGE", StringComparison.Ordinal);
        var complete = detail is not null
            && !string.IsNullOrEmpty(detail.Pipeline) && !string.IsNullOrEmpty(detail.ExecutionId) && !string.IsNullOrEmpty(detail.State)
            && (!isStage || !string.IsNullOrEmpty(detail.Stage)) && (!isAction || !string.IsNullOrEmpty(detail.Action));
        return complete
            ? detail!
            : throw new RejectedPipelineEventException(
                $"Event {e.Id} ({e.DetailType}) lacks one of pipeline, execution-id, state{(isStage ? ", stage" : "")}{(isAction ? ", action" : "")}.");
    }

    /// <summary>The structure version as text: <c>11.0</c> becomes <c>11</c>; a string is kept; none is empty.</summary>
    private static string VersionText(JsonElement version) => version.ValueKind switch
    {
        JsonValueKind.Number => version.GetDecimal().ToString("0.############", CultureInfo.InvariantCulture),
        JsonValueKind.String => version.GetString() ?? "",
        _ => "",
    };
}

using System.Text.Json.Nodes;

namespace GitGoods.Workflow;

/// <summary>
/// ASL <c>Task</c>: calls a Lambda function or a service integration, then shapes the result with
/// ResultSelector → ResultPath → OutputPath, with Retry and Catch as Step Functions applies them.
/// </summary>
public sealed record TaskState(string Name, TaskResource Resource) : WorkflowState(Name)
{
    public override string Type => "Task";

    /// <summary>A Parameters-style template applied to the raw task result (keys ending in <c>.$</c> are paths into it).</summary>
    public JsonObject? ResultSelector { get; init; }

    /// <summary>Where the (selected) result goes in the state input. <c>"$"</c> replaces it; <c>null</c> discards the result (ASL's JSON null).</summary>
    public string? ResultPath { get; init; } = "$";

    /// <summary>Which part of the combined document is the state output. <c>"$"</c> keeps it all; <c>null</c> gives <c>{}</c>.</summary>
    public string? OutputPath { get; init; } = "$";

    /// <summary>Per-attempt time limit; when it passes the attempt fails with <c>States.Timeout</c>.</summary>
    public int? TimeoutSeconds { get; init; }

    /// <summary>Retriers, tried in order: the first whose ErrorEquals matches decides.</summary>
    public IReadOnlyList<RetryPolicy> Retry { get; init; } = [];

    /// <summary>Catchers, tried in order after retries are exhausted.</summary>
    public IReadOnlyList<CatchRule> Catch { get; init; } = [];

    /// <summary>The state that follows; exactly one of <see cref="Next"/> and <see cref="End"/> must be set.</summary>
    public string? Next { get; init; }

    /// <summary>Ends the execution successfully with this state's output.</summary>
    public bool End { get; init; }

    public override IEnumerable<string> Transitions =>
        (Next is null ? [] : new[] { Next }).Concat(Catch.Select(c => c.Next));
}

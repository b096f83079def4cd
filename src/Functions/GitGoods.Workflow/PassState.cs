using System.Text.Json.Nodes;

namespace GitGoods.Workflow;

/// <summary>
/// ASL <c>Pass</c>: places <see cref="Result"/> (or, without one, the input shaped by <see cref="Parameters"/>) at
/// <see cref="ResultPath"/>. Used to set defaults and to shape data between tasks without a Lambda call.
/// </summary>
public sealed record PassState(string Name) : WorkflowState(Name)
{
    public override string Type => "Pass";

    /// <summary>A fixed result; takes precedence over the input.</summary>
    public JsonNode? Result { get; init; }

    /// <summary>A template applied to the input (keys ending in <c>.$</c> are paths).</summary>
    public JsonObject? Parameters { get; init; }

    /// <summary>As on <see cref="TaskState.ResultPath"/>: <c>"$"</c> replaces the input, <c>null</c> discards the result.</summary>
    public string? ResultPath { get; init; } = "$";

    public string? Next { get; init; }

    public bool End { get; init; }

    public override IEnumerable<string> Transitions => Next is null ? [] : [Next];
}

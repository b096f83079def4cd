using System.Text.Json.Nodes;

namespace GitGoods.Workflow;

/// <summary>
/// The end of one execution: its output when it succeeded, the error and cause otherwise, and the names of the
/// states it entered in order (a state entered twice appears twice; retries do not add entries).
/// </summary>
public sealed record WorkflowExecutionResult(
    ExecutionStatus Status, JsonNode? Output, string? Error, string? Cause, IReadOnlyList<string> History)
{
    public bool Succeeded => Status == ExecutionStatus.Succeeded;

    public static WorkflowExecutionResult Success(JsonNode? output, IReadOnlyList<string> history) =>
        new(ExecutionStatus.Succeeded, output, null, null, history);

    public static WorkflowExecutionResult Failure(string error, string cause, IReadOnlyList<string> history) =>
        new(ExecutionStatus.Failed, null, error, cause, history);
}

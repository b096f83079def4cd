using System.Text.Json.Nodes;

namespace GitGoods.Workflow;

/// <summary>
/// How <see cref="WorkflowRunner"/> performs a Task's work: the seam between the engine and what it calls
/// (in-process Lambda functions and service stand-ins in the local environment; fakes in tests).
/// </summary>
public interface ITaskInvoker
{
    /// <summary>
    /// Performs the task with its resolved <paramref name="parameters"/> (for a Lambda function:
    /// <c>{"FunctionName": …, "Payload": …}</c>) and returns the raw result (for a Lambda function:
    /// <c>{"Payload": …, "StatusCode": 200}</c>).
    /// </summary>
    /// <exception cref="WorkflowTaskException">The task failed with a Step Functions error name and cause.</exception>
    Task<JsonNode?> InvokeAsync(TaskResource resource, JsonNode? parameters, CancellationToken cancellationToken);
}

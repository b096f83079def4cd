using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using GitGoods.Workflow;

namespace GitGoods.Workflow.Tests;

/// <summary>
/// An <see cref="ITaskInvoker"/> whose tasks are scripted per function name (or service ARN): each call runs the next
/// step of that task's script (the last step repeats), and every call is recorded with its resolved parameters.
/// </summary>
internal sealed class ScriptedInvoker : ITaskInvoker
{
    private readonly ConcurrentDictionary<string, List<Func<JsonNode?, CancellationToken, Task<JsonNode?>>>> _scripts = new(StringComparer.Ordinal);

    public ConcurrentQueue<(string Task, JsonNode? Parameters)> Calls { get; } = new();

    public int CallsTo(string task) => Calls.Count(c => string.Equals(c.Task, task, StringComparison.Ordinal));

    /// <summary>A Lambda function returning <paramref name="output"/> of its payload, wrapped as lambda:invoke does.</summary>
    public ScriptedInvoker Function(string name, Func<JsonNode?, JsonNode?> output) =>
        Step(name, (parameters, _) => Task.FromResult<JsonNode?>(new JsonObject { ["Payload"] = output(parameters?["Payload"]?.DeepClone()), ["StatusCode"] = 200 }));

    /// <summary>A task failing with <paramref name="error"/>.</summary>
    public ScriptedInvoker Fails(string name, string error, string cause = "it failed") =>
        Step(name, (_, _) => throw new WorkflowTaskException(error, cause));

    /// <summary>A task that runs until cancelled, signalling <paramref name="started"/> first.</summary>
    public ScriptedInvoker Hangs(string name, TaskCompletionSource started) =>
        Step(name, async (_, token) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, token);
            return null;
        });

    public ScriptedInvoker Step(string name, Func<JsonNode?, CancellationToken, Task<JsonNode?>> step)
    {
        _scripts.GetOrAdd(name, _ => []).Add(step);
        return this;
    }

    public Task<JsonNode?> InvokeAsync(TaskResource resource, JsonNode? parameters, CancellationToken cancellationToken)
    {
        var name = resource is LambdaFunction lambda ? lambda.FunctionName : resource.Arn;
        var count = CallsTo(name);
        Calls.Enqueue((name, parameters?.DeepClone()));
        if (!_scripts.TryGetValue(name, out var script))
        {
            throw new InvalidOperationException($"No script for {name}.");
        }

        return script[Math.Min(count, script.Count - 1)](parameters, cancellationToken);
    }
}

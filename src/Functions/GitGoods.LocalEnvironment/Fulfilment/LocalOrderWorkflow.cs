using GitGoods.Workflow.Orders;
using System.Text.Json.Nodes;
using GitGoods.Manifest;
using GitGoods.Composition;
using GitGoods.Hosting.Runtime;
using GitGoods.LocalEnvironment.Logging;
using GitGoods.LocalEnvironment.Notifications;
using GitGoods.Orders.Fulfilment;
using GitGoods.Workflow;

namespace GitGoods.LocalEnvironment.Fulfilment;

/// <summary>
/// The local stand-in for the Express state machine: the very <see cref="OrderWorkflowDescription.Definition"/> the CDK app deploys, run by
/// the in-process <see cref="WorkflowRunner"/>. Its Lambda tasks call the manifest's step functions (one instance each, built
/// once, as Lambda environments are) through the same entry point the Lambda runtime uses; SNS and SES land in the local outbox.
/// </summary>
public sealed class LocalOrderWorkflow
{
    private readonly WorkflowRunner _runner;

    public LocalOrderWorkflow(IEnumerable<FunctionDefinition> manifest, FunctionServices services, LocalOutbox outbox, FunctionLoggers loggers,
        TimeProvider time, WorkflowRunnerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(loggers);
        var steps = manifest.Where(d => d.Trigger is WorkflowStepTrigger).ToDictionary(d => d.Name, StringComparer.Ordinal);
        var functions = steps.ToDictionary(s => s.Key, s => s.Value.Create(services), StringComparer.Ordinal);
        var invoker = new LambdaTaskInvoker(
            name => functions.GetValueOrDefault(name),
            LocalServiceIntegrations.For(outbox),
            name =>
            {
                var definition = steps[name];
                var now = time.GetUtcNow();
                return new LambdaContext(Guid.NewGuid().ToString(), definition.Name, "$LATEST", definition.MemoryMb,
                    $"arn:aws:lambda:ap-southeast-1:000000000000:function:{definition.Name}", "", now.AddSeconds(definition.TimeoutSeconds))
                {
                    Logger = loggers.For(definition),
                };
            },
            time);
        _runner = new WorkflowRunner(OrderWorkflowDescription.Definition, invoker, (options ?? WorkflowRunnerOptions.Default) with { Time = time, StateMachineName = "OrderWorkflow" });
    }

    /// <summary>Takes one order through the workflow; a failed execution means the message must come back.</summary>
    public Task<WorkflowExecutionResult> RunAsync(string orderId, CancellationToken cancellationToken) =>
        _runner.RunAsync(new JsonObject { ["orderId"] = orderId }, cancellationToken);
}

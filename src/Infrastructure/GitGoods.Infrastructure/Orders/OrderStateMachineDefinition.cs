using GitGoods.Workflow.Orders;
using System.Text.Json;
using System.Text.Json.Nodes;

using GitGoods.Orders.Fulfilment;
using GitGoods.Workflow;

namespace GitGoods.Infrastructure.Orders;

/// <summary>
/// The ASL of the deployed order state machine: <see cref="OrderWorkflowDescription.Definition"/> as <see cref="AslWriter"/> writes it,
/// with <c>${FunctionName}</c> placeholders that DefinitionSubstitutions turn into function ARNs, inside one inline Map state.
/// The Map is there because EventBridge Pipes hands a Step Functions target a JSON array even with a batch size of 1
/// (<c>[{"orderId": "…"}]</c>), while the workflow reads <c>$.orderId</c>; the Map runs the unchanged workflow for the
/// one element. A failed iteration fails the Map and the execution, so the pipe leaves the message on the queue.
/// </summary>
public static class OrderStateMachineDefinition
{
    /// <summary>The one top-level state; its ItemProcessor is the C# description.</summary>
    public const string MapStateName = "ForEachOrder";

    /// <summary>The substitution key of the SES sender, from <see cref="OrderWorkflow.SenderEmailPlaceholder"/> (<c>${OrderSenderEmail}</c>).</summary>
    public static string SenderEmailKey { get; } = OrderWorkflow.SenderEmailPlaceholder[2..^1];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The placeholder written for a Lambda function's name; DefinitionSubstitutions replaces it.</summary>
    public static string Placeholder(string functionName) => "${" + functionName + "}";

    /// <summary>The state machine definition, with placeholders for every step function and the sender address.</summary>
    public static string Write()
    {
        var workflow = JsonNode.Parse(AslWriter.Write(OrderWorkflowDescription.Definition, Placeholder))?.AsObject()
            ?? throw new InvalidOperationException("AslWriter wrote null.");

        // An ItemProcessor holds StartAt, States and ProcessorConfig; the execution-wide fields move to the top level.
        var timeout = Take(workflow, "TimeoutSeconds");
        var comment = Take(workflow, "Comment")?.GetValue<string>() ?? "";
        workflow["ProcessorConfig"] = new JsonObject { ["Mode"] = "INLINE" };

        var root = new JsonObject
        {
            ["Comment"] = comment + " The pipe passes a one-element array; the Map runs the workflow for its element.",
            ["StartAt"] = MapStateName,
        };
        if (timeout is not null)
        {
            root["TimeoutSeconds"] = timeout;
        }

        root["States"] = new JsonObject
        {
            [MapStateName] = new JsonObject
            {
                ["Type"] = "Map",
                ["MaxConcurrency"] = 1,
                ["ItemProcessor"] = workflow,
                // The execution's output is its input: the workflow's state (phone, e-mail) never goes back to the pipe.
                ["ResultPath"] = null,
                ["End"] = true,
            },
        };
        return root.ToJsonString(Indented);
    }

    private static JsonNode? Take(JsonObject node, string name)
    {
        if (!node.TryGetPropertyValue(name, out var value))
        {
            return null;
        }

        _ = node.Remove(name);
        return value;
    }
}

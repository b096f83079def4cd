using System.Text.Json.Nodes;

namespace GitGoods.Workflow;

/// <summary>
/// The optimised Lambda integration: <c>arn:aws:states:::lambda:invoke</c> with
/// <c>{"FunctionName": …, "Payload.$": PayloadPath}</c> (or a <see cref="Payload"/> template). Its result is
/// <c>{"Payload": &lt;function output&gt;, "StatusCode": 200}</c>, as on AWS.
/// </summary>
public sealed record LambdaFunction(string FunctionName) : TaskResource
{
    public const string InvokeArn = "arn:aws:states:::lambda:invoke";

    public override string Arn => InvokeArn;

    /// <summary>The path of the state input sent as the event (<c>"Payload.$"</c>); ignored when <see cref="Payload"/> is set.</summary>
    public string PayloadPath { get; init; } = "$";

    /// <summary>A Parameters-style template sent as the event (<c>"Payload"</c>), for when the event is built from parts of the input.</summary>
    public JsonObject? Payload { get; init; }
}

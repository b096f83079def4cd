using System.Text.Json.Nodes;

namespace GitGoods.Workflow;

/// <summary>
/// Any other optimised or SDK integration, e.g. <c>arn:aws:states:::sns:publish</c> or
/// <c>arn:aws:states:::aws-sdk:sesv2:sendEmail</c>, with its <c>Parameters</c> template (keys ending in <c>.$</c> are paths).
/// </summary>
public sealed record ServiceIntegration(string Arn, JsonObject Parameters) : TaskResource
{
    public override string Arn { get; } = Arn;
}

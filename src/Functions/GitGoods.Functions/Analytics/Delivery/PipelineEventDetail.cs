using System.Text.Json;
using System.Text.Json.Serialization;

namespace GitGoods.Analytics.Delivery;

/// <summary>
/// The <c>detail</c> of a CodePipeline execution state-change event, as far as the lake keeps it. Stage events add
/// <see cref="Stage"/>; action events add <see cref="Action"/>, <see cref="Region"/>, <see cref="Type"/> and, once the
/// action ran, <see cref="ExecutionResult"/>. Other fields (artifacts, <c>execution-trigger</c>, <c>start-time</c>,
/// <c>pipeline-execution-attempt</c>) are ignored.
/// </summary>
public sealed class PipelineEventDetail
{
    public string? Pipeline { get; set; }

    /// <summary>The pipeline's structure version: AWS sends a JSON number (<c>11.0</c>), so it is read as it comes.</summary>
    public JsonElement Version { get; set; }

    [JsonPropertyName("execution-id")]
    public string? ExecutionId { get; set; }

    public string? Stage { get; set; }

    public string? Action { get; set; }

    public string? State { get; set; }

    public string? Region { get; set; }

    public PipelineActionType? Type { get; set; }

    [JsonPropertyName("execution-result")]
    public PipelineExecutionResult? ExecutionResult { get; set; }
}

/// <summary>An action's type: <c>owner</c> (AWS, ThirdParty, Custom), <c>provider</c>, <c>category</c> and <c>version</c>.</summary>
public sealed class PipelineActionType
{
    public string? Owner { get; set; }

    public string? Provider { get; set; }

    public string? Category { get; set; }

    public string? Version { get; set; }
}

/// <summary>What a finished action reports: the provider's own execution id (a CodeBuild build, a deployment).</summary>
public sealed class PipelineExecutionResult
{
    [JsonPropertyName("external-execution-id")]
    public string? ExternalExecutionId { get; set; }
}

/// <summary>Source-generated (AOT-safe) JSON for the detail; property names are lower case as CodePipeline sends them.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PipelineEventDetail))]
internal sealed partial class PipelineEventJsonContext : JsonSerializerContext;

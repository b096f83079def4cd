namespace GitGoods.Analytics.Delivery;

/// <summary>The CodePipeline events the delivery-metrics function records: their EventBridge source and detail types.</summary>
public static class PipelineEventTypes
{
    public const string Source = "aws.codepipeline";

    public const string PipelineExecution = "CodePipeline Pipeline Execution State Change";

    public const string StageExecution = "CodePipeline Stage Execution State Change";

    public const string ActionExecution = "CodePipeline Action Execution State Change";

    /// <summary>The detail types the rule matches, each with the <c>event_level</c> its rows get.</summary>
    public static IReadOnlyDictionary<string, string> Levels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [PipelineExecution] = "PIPELINE",
        [StageExecution] = "STAGE",
        [ActionExecution] = "ACTION",
    };

    public static IReadOnlyList<string> DetailTypes { get; } = [PipelineExecution, StageExecution, ActionExecution];
}

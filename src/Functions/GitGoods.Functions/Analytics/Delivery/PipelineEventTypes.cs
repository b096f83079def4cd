namespace GitGoods.Analytics.Delivery;

/// <summary>The CodePipeline events the delivery-metrics function records: their EventBridge source and detail types.</summary>
public static class PipelineEventTypes
{
    public const string Source = "aws.codepipeline";

    /// <summary>
    /// The name of the delivery pipeline whose events are recorded. The CDK app names its pipeline with this constant
    /// (Infrastructure, Delivery/DeliveryPipelineStack), and the rule admits only this pipeline's events, so another
    /// pipeline in the same account cannot skew the team's delivery metrics. The sample events (samples/codepipeline) use it too.
    /// </summary>
    public const string PipelineName = "git-goods";

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

    /// <summary>The rule's filter on the event's detail: only <see cref="PipelineName"/>'s events.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> DetailFilter { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["pipeline"] = [PipelineName] };
}

namespace GitGoods.Workflow;

/// <summary>The predefined Step Functions error names the engine produces or matches.</summary>
public static class WorkflowErrors
{
    /// <summary>Matches any error except <see cref="Runtime"/>; must be alone in the last retrier or catcher.</summary>
    public const string All = "States.ALL";

    /// <summary>Matches any error except <see cref="Timeout"/> (and <see cref="Runtime"/>).</summary>
    public const string TaskFailed = "States.TaskFailed";

    /// <summary>A task ran longer than its TimeoutSeconds, or the execution longer than its own.</summary>
    public const string Timeout = "States.Timeout";

    /// <summary>The execution could not process its data (a path that does not exist…): never retried nor caught.</summary>
    public const string Runtime = "States.Runtime";

    /// <summary>A ResultPath could not be applied to the state input.</summary>
    public const string ResultPathMatchFailure = "States.ResultPathMatchFailure";

    /// <summary>A Choice state without a Default matched no rule.</summary>
    public const string NoChoiceMatched = "States.NoChoiceMatched";
}

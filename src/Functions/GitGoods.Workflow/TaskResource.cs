namespace GitGoods.Workflow;

/// <summary>What a <see cref="TaskState"/> calls: the ASL <c>Resource</c> and the <c>Parameters</c> it is given.</summary>
public abstract record TaskResource
{
    /// <summary>ASL's <c>Resource</c> ARN (the optimised integration, e.g. <c>arn:aws:states:::lambda:invoke</c>).</summary>
    public abstract string Arn { get; }
}

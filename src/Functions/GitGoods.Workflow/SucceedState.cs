namespace GitGoods.Workflow;

/// <summary>ASL <c>Succeed</c>: ends the execution successfully with its input as the output.</summary>
public sealed record SucceedState(string Name) : WorkflowState(Name)
{
    public override string Type => "Succeed";

    public override IEnumerable<string> Transitions => [];
}

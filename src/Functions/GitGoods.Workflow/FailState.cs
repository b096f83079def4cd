namespace GitGoods.Workflow;

/// <summary>ASL <c>Fail</c>: ends the execution as failed with this error name and cause.</summary>
public sealed record FailState(string Name, string Error, string Cause) : WorkflowState(Name)
{
    public override string Type => "Fail";

    public override IEnumerable<string> Transitions => [];
}

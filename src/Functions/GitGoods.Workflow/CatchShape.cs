namespace GitGoods.Workflow;

/// <summary>A catcher as <see cref="WorkflowShape"/> compares it: which errors go where, with the error placed at ResultPath.</summary>
public sealed record CatchShape(string ErrorEquals, string Next, string ResultPath)
{
    public override string ToString() => $"[{ErrorEquals}] -> {Next} at {ResultPath}";
}

namespace GitGoods.Workflow;

/// <summary>
/// One state of a <see cref="WorkflowDefinition"/>: the typed subset of Amazon States Language the shop uses.
/// The same objects are written as ASL by <see cref="AslWriter"/> and executed by <see cref="WorkflowRunner"/>.
/// </summary>
public abstract record WorkflowState(string Name)
{
    /// <summary>ASL's optional human-readable <c>Comment</c>.</summary>
    public string? Comment { get; init; }

    /// <summary>ASL's <c>Type</c> field.</summary>
    public abstract string Type { get; }

    /// <summary>The states this one can go to next (Next, Default, choice and catch targets), for validation and reachability.</summary>
    public abstract IEnumerable<string> Transitions { get; }
}

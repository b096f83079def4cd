namespace GitGoods.Workflow;

/// <summary>
/// A state machine described once in C#: an object model of the Amazon States Language subset the shop uses.
/// <see cref="AslWriter"/> turns it into the CDK app's state machine definition and <see cref="WorkflowRunner"/>
/// executes it in process for the local environment, so both run the very same description.
/// </summary>
public sealed record WorkflowDefinition(string Comment, string StartAt, IReadOnlyList<WorkflowState> States)
{
    /// <summary>ASL's top-level <c>TimeoutSeconds</c>: the execution fails with States.Timeout after it.</summary>
    public int? TimeoutSeconds { get; init; }

    /// <summary>The state named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No state has that name.</exception>
    public WorkflowState State(string name) =>
        States.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"The workflow has no state '{name}'.");

    /// <summary>Every problem that would make Step Functions (or the runner) refuse the definition; empty when valid.</summary>
    public IReadOnlyList<string> Problems() => WorkflowValidator.Problems(this);

    /// <summary>Checks targets, StartAt, unique names, Next/End, retriers, catchers, paths and reachability.</summary>
    /// <exception cref="WorkflowDefinitionException">The definition is invalid; the message lists every problem.</exception>
    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new WorkflowDefinitionException(Comment, problems);
        }
    }
}

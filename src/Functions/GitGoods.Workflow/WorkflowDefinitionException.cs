namespace GitGoods.Workflow;

/// <summary>A <see cref="WorkflowDefinition"/> is not a valid state machine; <see cref="Problems"/> lists every reason.</summary>
public sealed class WorkflowDefinitionException : Exception
{
    public WorkflowDefinitionException()
        : this("The workflow definition is invalid.")
    {
    }

    public WorkflowDefinitionException(string message)
        : base(message)
    {
        Problems = [message];
    }

    public WorkflowDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public WorkflowDefinitionException(string workflow, IReadOnlyList<string> problems)
        : base($"The workflow '{workflow}' is invalid:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", problems ?? [])}")
    {
        Problems = problems ?? [];
    }

    public IReadOnlyList<string> Problems { get; }
}

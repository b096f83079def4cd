namespace GitGoods.Workflow;

/// <summary>A task (or the engine) failed with a Step Functions error name and cause; Retry and Catch match on <see cref="Error"/>.</summary>
public sealed class WorkflowTaskException : Exception
{
    public WorkflowTaskException()
        : this(WorkflowErrors.TaskFailed, "The task failed.")
    {
    }

    public WorkflowTaskException(string message)
        : this(WorkflowErrors.TaskFailed, message)
    {
    }

    public WorkflowTaskException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = WorkflowErrors.TaskFailed;
        Cause = message;
    }

    public WorkflowTaskException(string error, string cause)
        : base($"{error}: {cause}")
    {
        Error = error;
        Cause = cause;
    }

    public WorkflowTaskException(string error, string cause, Exception innerException)
        : base($"{error}: {cause}", innerException)
    {
        Error = error;
        Cause = cause;
    }

    /// <summary>The error name, e.g. <c>States.Timeout</c> or the function's errorType.</summary>
    public string Error { get; }

    /// <summary>The human-readable (for Lambda errors: the JSON error document) cause.</summary>
    public string Cause { get; }
}

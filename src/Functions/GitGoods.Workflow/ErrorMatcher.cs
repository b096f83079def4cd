namespace GitGoods.Workflow;

/// <summary>Step Functions' ErrorEquals matching for retriers and catchers.</summary>
public static class ErrorMatcher
{
    /// <summary>
    /// True when <paramref name="error"/> is listed, or a wildcard covers it: States.ALL covers everything,
    /// States.TaskFailed everything but States.Timeout. States.Runtime is never matched (it always fails the execution).
    /// </summary>
    public static bool Matches(IReadOnlyList<string> errorEquals, string error)
    {
        ArgumentNullException.ThrowIfNull(errorEquals);
        if (string.Equals(error, WorkflowErrors.Runtime, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var name in errorEquals)
        {
            if (string.Equals(name, error, StringComparison.Ordinal)
                || string.Equals(name, WorkflowErrors.All, StringComparison.Ordinal)
                || (string.Equals(name, WorkflowErrors.TaskFailed, StringComparison.Ordinal)
                    && !string.Equals(error, WorkflowErrors.Timeout, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}

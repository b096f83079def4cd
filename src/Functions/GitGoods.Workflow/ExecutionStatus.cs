namespace GitGoods.Workflow;

/// <summary>How an execution ended, as Step Functions reports it.</summary>
public enum ExecutionStatus
{
    Succeeded,
    Failed,
    TimedOut,
}

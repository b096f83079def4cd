namespace GitGoods.Workflow;

/// <summary>ASL retrier <c>JitterStrategy</c>: FULL waits a random time in [0, delay] instead of the delay itself.</summary>
public enum JitterStrategy
{
    None,
    Full,
}

namespace GitGoods.Hosting.Tests.Fakes;

/// <summary>Counts requests in flight and hands out a task that completes whenever the count is back to zero.</summary>
public sealed class WaitCounter
{
    private readonly Lock _gate = new();
    private int _count;
    private TaskCompletionSource _zero = Completed();

    public void Enter()
    {
        lock (_gate)
        {
            if (_count++ == 0)
            {
                _zero = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    public void Leave()
    {
        lock (_gate)
        {
            if (--_count == 0)
            {
                _zero.TrySetResult();
            }
        }
    }

    public Task WhenZero()
    {
        lock (_gate)
        {
            return _zero.Task;
        }
    }

    private static TaskCompletionSource Completed()
    {
        var source = new TaskCompletionSource();
        source.SetResult();
        return source;
    }
}

namespace GitGoods.TestSupport;

/// <summary>Waits for a condition with a deadline (never a fixed sleep): polls it briefly until it holds.</summary>
public static class Eventually
{
    /// <exception cref="TimeoutException">When the condition still fails at the deadline.</exception>
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan deadline, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var timeout = new CancellationTokenSource(deadline);
        while (!await condition())
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(25), timeout.Token);
            }
            catch (OperationCanceledException e)
            {
                throw new TimeoutException($"Still not true after {deadline.TotalSeconds:F0} s: {what}", e);
            }
        }
    }

    /// <exception cref="TimeoutException">When the condition still fails at the deadline.</exception>
    public static Task HoldsAsync(Func<bool> condition, TimeSpan deadline, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return HoldsAsync(() => Task.FromResult(condition()), deadline, what);
    }
}

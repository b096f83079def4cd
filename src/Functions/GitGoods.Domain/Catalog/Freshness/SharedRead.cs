namespace GitGoods.Domain.Catalog.Freshness;

/// <summary>
/// One read of the store, started at <see cref="StartedAt"/> and shared by every caller until it is
/// <c>lifetime</c> old: callers that arrive while it is still running wait for it instead of reading again, so a hot
/// key costs one read per lifetime however many requests ask. What it returns is never older than its start, so a
/// caller is never served data more than <c>lifetime</c> old. A failed read is not kept: the next caller reads again.
/// </summary>
internal sealed class SharedRead<T>(Func<Task<T>> read, DateTimeOffset startedAt)
{
    private readonly Lazy<Task<T>> _task = new(read, LazyThreadSafetyMode.ExecutionAndPublication);

    public DateTimeOffset StartedAt { get; } = startedAt;

    public Task<T> Task => _task.Value;

    public bool Serves(DateTimeOffset now, TimeSpan lifetime) =>
        now - StartedAt < lifetime && !(_task.IsValueCreated && (_task.Value.IsFaulted || _task.Value.IsCanceled));
}

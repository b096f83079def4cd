namespace GitGoods.Domain.Operations;

/// <summary>
/// One dependency the readiness endpoint reports on (the table, the queue, the keys, the payment provider): a cheap call
/// that succeeds while the dependency can serve, and throws while it cannot.
/// </summary>
public interface IDependencyCheck
{
    /// <summary>The name the readiness report uses: <c>table</c>, <c>queue</c>, <c>keys</c> or <c>payments</c>.</summary>
    string Name { get; }

    /// <summary>Calls the dependency; returns a short note (e.g. "configured") or null.</summary>
    /// <exception cref="Exception">Any failure: the dependency is down.</exception>
    Task<string?> CheckAsync(CancellationToken cancellationToken);
}

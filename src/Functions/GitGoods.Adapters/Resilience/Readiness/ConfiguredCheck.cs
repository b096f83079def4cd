using GitGoods.Domain.Operations;

namespace GitGoods.Adapters.Resilience.Readiness;

/// <summary>
/// A dependency with no cheap health call (the payment provider, the local key ring): reported up when it is
/// configured, with <paramref name="note"/> saying so; down when <paramref name="configured"/> is false.
/// </summary>
public sealed class ConfiguredCheck(string name, bool configured, string note) : IDependencyCheck
{
    public string Name => name;

    /// <exception cref="InvalidOperationException">When the dependency is not configured.</exception>
    public Task<string?> CheckAsync(CancellationToken cancellationToken) =>
        configured ? Task.FromResult<string?>(note) : throw new InvalidOperationException($"{name} is not configured.");
}

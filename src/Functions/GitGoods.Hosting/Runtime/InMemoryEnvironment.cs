using System.Collections.Concurrent;

namespace GitGoods.Hosting.Runtime;

/// <summary>A writable environment that lives in memory, so tests can run the runtime without touching the process.</summary>
public sealed class InMemoryEnvironment : IWritableEnvironment
{
    private readonly ConcurrentDictionary<string, string> _variables = new(StringComparer.Ordinal);

    public InMemoryEnvironment(IEnumerable<KeyValuePair<string, string>>? variables = null)
    {
        foreach (var (name, value) in variables ?? [])
        {
            _variables[name] = value;
        }
    }

    public string? GetVariable(string name) => _variables.TryGetValue(name, out var value) ? value : null;

    public void SetVariable(string name, string? value)
    {
        if (value is null)
        {
            _variables.TryRemove(name, out _);
        }
        else
        {
            _variables[name] = value;
        }
    }
}

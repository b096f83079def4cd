namespace GitGoods.Hosting.Runtime;

/// <summary>Reads environment variables; a seam so tests and the local stack need not change the real environment.</summary>
public interface IEnvironment
{
    string? GetVariable(string name);
}

/// <summary>The process environment.</summary>
public sealed class ProcessEnvironment : IEnvironment
{
    public static ProcessEnvironment Instance { get; } = new();

    public string? GetVariable(string name) => Environment.GetEnvironmentVariable(name);
}

/// <summary>A fixed set of variables.</summary>
public sealed class DictionaryEnvironment(IReadOnlyDictionary<string, string> variables) : IEnvironment
{
    public string? GetVariable(string name) => variables.TryGetValue(name, out var value) ? value : null;
}

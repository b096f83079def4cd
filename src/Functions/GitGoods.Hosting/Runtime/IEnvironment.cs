namespace GitGoods.Hosting.Runtime;

/// <summary>Reads environment variables; a seam so tests and the local environment need not change the real environment.</summary>
public interface IEnvironment
{
    string? GetVariable(string name);
}

/// <summary>
/// An environment the runtime may also write to. The runtime sets <c>_X_AMZN_TRACE_ID</c> per invocation
/// so the AWS SDK propagates the X-Ray trace; tests use an in-memory one to watch that happen.
/// </summary>
public interface IWritableEnvironment : IEnvironment
{
    /// <summary>Sets <paramref name="name"/>, or removes it when <paramref name="value"/> is null.</summary>
    void SetVariable(string name, string? value);
}

/// <summary>The process environment.</summary>
public sealed class ProcessEnvironment : IWritableEnvironment
{
    public static ProcessEnvironment Instance { get; } = new();

    public string? GetVariable(string name) => Environment.GetEnvironmentVariable(name);

    public void SetVariable(string name, string? value) => Environment.SetEnvironmentVariable(name, value);
}

/// <summary>A fixed set of variables.</summary>
public sealed class DictionaryEnvironment(IReadOnlyDictionary<string, string> variables) : IEnvironment
{
    public string? GetVariable(string name) => variables.TryGetValue(name, out var value) ? value : null;
}

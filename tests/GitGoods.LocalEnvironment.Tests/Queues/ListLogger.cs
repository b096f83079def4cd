using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Tests.Queues;

/// <summary>Keeps every log entry, exception included, for tests that read what was logged.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<string> _entries = new();

    public string Text => string.Join(Environment.NewLine, _entries);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _entries.Enqueue($"{logLevel}: {formatter(state, exception)} {exception}");
}

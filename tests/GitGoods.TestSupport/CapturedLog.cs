using System.Collections.Concurrent;
using GitGoods.LocalEnvironment.Logging;

namespace GitGoods.TestSupport;

/// <summary>A log sink that keeps every line, for tests that read what the stack logged.</summary>
public sealed class CapturedLog : ILogSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public string Text => string.Join(Environment.NewLine, _lines);

    public void WriteLine(string line) => _lines.Enqueue(line);
}

using System.Collections.Concurrent;
using System.Text;
using GitGoods.Hosting.Logging;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Functions.Tests.Fakes;

/// <summary>Keeps every log line a <see cref="LambdaLogger"/> writes, as the text that would reach CloudWatch.</summary>
internal sealed class CollectingLines : ILineSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public void WriteLine(ReadOnlySpan<byte> utf8Line) => _lines.Enqueue(Encoding.UTF8.GetString(utf8Line));

    /// <summary>Forgets the lines written so far (a test that looks only at what a later call writes).</summary>
    public void Clear() => _lines.Clear();

    /// <summary>A logger at Debug level (everything is written) into this sink.</summary>
    public LambdaLogger Logger() =>
        new(this, TimeProvider.System, new LambdaFunctionInfo("test-function", "$LATEST", 512, "gitgoods"), LogLevel.Debug);
}

using System.Collections.Concurrent;
using System.Text;
using GitGoods.Manifest;
using GitGoods.Hosting.Logging;
using GitGoods.Hosting.Redaction;
using GitGoods.Hosting.Runtime;

namespace GitGoods.LocalEnvironment.Logging;

/// <summary>
/// One Powertools-style <see cref="LambdaLogger"/> per function, as each Lambda execution environment has, writing
/// its JSON lines into the stack's log (scanned by <see cref="LogRedactor"/> once more on the way), so a
/// function's own logs show up locally and fall under the same redaction as everything else.
/// </summary>
public sealed class FunctionLoggers(ILogSink sink, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, LambdaLogger> _loggers = new(StringComparer.Ordinal);

    /// <summary>Function logs go nowhere (unit tests of the gateway).</summary>
    public static FunctionLoggers None { get; } = new(new NullSink(), TimeProvider.System);

    public LambdaLogger For(FunctionDefinition function)
    {
        ArgumentNullException.ThrowIfNull(function);
        return _loggers.GetOrAdd(function.Name, name => new LambdaLogger(new Lines(sink, name), time,
            new LambdaFunctionInfo(name, "$LATEST", function.MemoryMb, "gitgoods"), GitGoods.Hosting.Logging.LogLevel.Information));
    }

    private sealed class Lines(ILogSink sink, string function) : ILineSink
    {
        public void WriteLine(ReadOnlySpan<byte> utf8Line) =>
            sink.WriteLine($"function {function}: {LogRedactor.Redact(Encoding.UTF8.GetString(utf8Line))}");
    }

    private sealed class NullSink : ILogSink
    {
        public void WriteLine(string line)
        {
        }
    }
}

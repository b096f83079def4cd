using System.Buffers;
using System.Globalization;
using System.Text.Json;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Hosting.Logging;

/// <summary>
/// Structured JSON logs, one object per line, with the keys Powertools for AWS Lambda uses, so operators'
/// CloudWatch Logs Insights queries work unchanged. The runtime scopes it to each invocation; handlers get
/// it from <see cref="LambdaContext.Logger"/>. Written with <see cref="Utf8JsonWriter"/>: no reflection, AOT-safe.
/// </summary>
public sealed class LambdaLogger(ILineSink sink, TimeProvider time, LambdaFunctionInfo function, LogLevel minimumLevel)
{
    private static readonly HashSet<string> StandardKeys = new(StringComparer.Ordinal)
    {
        "timestamp", "level", "service", "message", "cold_start", "function_name", "function_version",
        "function_memory_size", "function_arn", "function_request_id", "xray_trace_id", "correlation_id", "exception",
    };

    private LambdaContext? _invocation;

    /// <summary>A logger that writes nothing.</summary>
    public static LambdaLogger Null { get; } =
        new(NullLineSink.Instance, TimeProvider.System, new LambdaFunctionInfo("", "", 0, ""), LogLevel.None);

    public LogLevel MinimumLevel { get; } = minimumLevel;

    /// <summary>True until the first invocation ends: init logs and the first invocation's logs are the cold start.</summary>
    public bool IsColdStart { get; private set; } = true;

    /// <summary>Ties lines to a business request (for HTTP, API Gateway's request id); cleared after each invocation.</summary>
    public string? CorrelationId { get; set; }

    public bool IsEnabled(LogLevel level) => level != LogLevel.None && level >= MinimumLevel;

    public void Debug(string message, IReadOnlyDictionary<string, object?>? keys = null) => Log(LogLevel.Debug, message, null, keys);

    public void Information(string message, IReadOnlyDictionary<string, object?>? keys = null) => Log(LogLevel.Information, message, null, keys);

    public void Warning(string message, Exception? exception = null, IReadOnlyDictionary<string, object?>? keys = null) =>
        Log(LogLevel.Warning, message, exception, keys);

    public void Error(string message, Exception? exception = null, IReadOnlyDictionary<string, object?>? keys = null) =>
        Log(LogLevel.Error, message, exception, keys);

    /// <summary>Writes one line if <paramref name="level"/> is enabled. Extra keys never overwrite the standard ones.</summary>
    public void Log(LogLevel level, string message, Exception? exception = null, IReadOnlyDictionary<string, object?>? keys = null)
    {
        if (!IsEnabled(level))
        {
            return;
        }

        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, LogJson.WriterOptions))
        {
            writer.WriteStartObject();
            WriteStandardKeys(writer, level, message);
            if (exception is not null)
            {
                LogFieldWriter.WriteException(writer, exception);
            }

            foreach (var (key, value) in keys ?? new Dictionary<string, object?>(StringComparer.Ordinal))
            {
                if (!StandardKeys.Contains(key))
                {
                    LogFieldWriter.WriteValue(writer, key, value);
                }
            }

            writer.WriteEndObject();
        }

        sink.WriteLine(buffer.WrittenSpan);
    }

    /// <summary>Called by the runtime when an invocation starts.</summary>
    internal void BeginInvocation(LambdaContext context) => _invocation = context;

    /// <summary>Called by the runtime when an invocation ends: the next one is warm.</summary>
    internal void EndInvocation()
    {
        _invocation = null;
        CorrelationId = null;
        IsColdStart = false;
    }

    private void WriteStandardKeys(Utf8JsonWriter writer, LogLevel level, string message)
    {
        var now = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        LogFieldWriter.WriteString(writer, "timestamp", now);
        LogFieldWriter.WriteString(writer, "level", level.ToString());
        LogFieldWriter.WriteString(writer, "service", function.ServiceName);
        LogFieldWriter.WriteString(writer, "message", message);
        LogFieldWriter.WriteValue(writer, "cold_start", IsColdStart);
        LogFieldWriter.WriteString(writer, "function_name", function.FunctionName);
        LogFieldWriter.WriteString(writer, "function_version", function.FunctionVersion);
        LogFieldWriter.WriteValue(writer, "function_memory_size", function.MemorySizeMb);
        if (_invocation is { } invocation)
        {
            LogFieldWriter.WriteString(writer, "function_arn", invocation.InvokedFunctionArn);
            LogFieldWriter.WriteString(writer, "function_request_id", invocation.RequestId);
            LogFieldWriter.WriteString(writer, "xray_trace_id", TraceRoot(invocation.TraceId));
        }

        LogFieldWriter.WriteString(writer, "correlation_id", CorrelationId);
    }

    /// <summary>Powertools logs the trace's <c>Root=</c> part only (<c>1-5759e988-bd862e3fe1be46a994272793</c>).</summary>
    private static string? TraceRoot(string? traceHeader)
    {
        if (string.IsNullOrEmpty(traceHeader))
        {
            return null;
        }

        foreach (var part in traceHeader.Split(';', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("Root=", StringComparison.Ordinal))
            {
                return part["Root=".Length..];
            }
        }

        return traceHeader;
    }
}

using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Logging;

/// <summary>
/// The stack's only logger provider. Every line passes through <see cref="RedactedMessage"/>, so tokens, passwords
/// and personal data are masked by the logging layer itself, whoever logs them.
/// </summary>
[ProviderAlias("Console")]
public sealed class RedactingLoggerProvider(ILogSink sink, TimeProvider time) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(categoryName, sink, time);

    public void Dispose()
    {
    }

    private sealed class RedactingLogger(string category, ILogSink sink, TimeProvider time) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            ArgumentNullException.ThrowIfNull(formatter);
            var message = RedactedMessage.Format(state, exception, formatter);
            var line = $"{time.GetLocalNow():HH:mm:ss} {Level(logLevel)}: {category}[{eventId.Id}] {message}";
            sink.WriteLine(line);
        }

        private static string Level(LogLevel level) => level switch
        {
            LogLevel.Trace => "trce",
            LogLevel.Debug => "dbug",
            LogLevel.Information => "info",
            LogLevel.Warning => "warn",
            LogLevel.Error => "fail",
            _ => "crit",
        };
    }
}

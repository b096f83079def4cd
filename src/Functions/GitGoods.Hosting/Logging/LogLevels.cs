using GitGoods.Hosting.Runtime;

namespace GitGoods.Hosting.Logging;

/// <summary>
/// Reads the minimum level: <c>POWERTOOLS_LOG_LEVEL</c> first (as Powertools does), then Lambda's own
/// <c>AWS_LAMBDA_LOG_LEVEL</c> (advanced logging controls), else Information.
/// </summary>
public static class LogLevels
{
    public static LogLevel FromEnvironment(IEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return Parse(environment.GetVariable("POWERTOOLS_LOG_LEVEL"))
            ?? Parse(environment.GetVariable("AWS_LAMBDA_LOG_LEVEL"))
            ?? LogLevel.Information;
    }

    /// <summary>Accepts both spellings: .NET's (<c>Information</c>) and Lambda's (<c>INFO</c>, <c>WARN</c>, <c>FATAL</c>).</summary>
    public static LogLevel? Parse(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "TRACE" => LogLevel.Trace,
        "DEBUG" => LogLevel.Debug,
        "INFO" or "INFORMATION" => LogLevel.Information,
        "WARN" or "WARNING" => LogLevel.Warning,
        "ERROR" => LogLevel.Error,
        "FATAL" or "CRITICAL" => LogLevel.Critical,
        "NONE" => LogLevel.None,
        _ => null,
    };
}

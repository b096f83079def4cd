using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Processes;

/// <summary>Source-generated log messages every local engine (DynamoDB Local, fauxqs) writes for the same events.</summary>
internal static partial class EngineLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Installing {Engine} ({Package}) into {Directory}")]
    public static partial void Installing(this ILogger logger, string engine, string package, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Engine} installed in {Seconds:F1} s")]
    public static partial void Installed(this ILogger logger, string engine, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Engine} (pid {Pid}) stopped")]
    public static partial void Stopped(this ILogger logger, string engine, int pid);

    [LoggerMessage(Level = LogLevel.Information, Message = "Using the {Service} endpoint {Endpoint} (no engine started)")]
    public static partial void UsingEndpoint(this ILogger logger, string service, Uri endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Engine} answers at {Endpoint} (pid {Pid}), started in {Seconds:F1} s")]
    public static partial void EngineStarted(this ILogger logger, string engine, Uri endpoint, int pid, double seconds);
}

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Engine} (pid {Pid}) died (exit code {ExitCode}); restarting it on the same port")]
    public static partial void EngineDied(this ILogger logger, string engine, int pid, int exitCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Engine} restarted at {Endpoint} (pid {Pid}), {Seconds:F1} s after it died")]
    public static partial void EngineRestarted(this ILogger logger, string engine, Uri endpoint, int pid, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Engine} did not start again (attempt {Attempt}); trying again")]
    public static partial void RestartFailed(this ILogger logger, Exception? exception, string engine, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Engine} restarted: what it lost is provisioned again and PENDING orders handed off again")]
    public static partial void EngineRecovered(this ILogger logger, string engine);

    [LoggerMessage(Level = LogLevel.Warning, Message = "After {Engine} restarted, re-provisioning failed (attempt {Attempt})")]
    public static partial void RecoveryFailed(this ILogger logger, Exception? exception, string engine, int attempt);
}

using Microsoft.Extensions.Logging;

namespace GitGoods.LocalStack.Queues;

/// <summary>Source-generated log messages of the fauxqs engine.</summary>
internal static partial class FauxqsLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Installing fauxqs ({Package}) into {Directory}")]
    public static partial void Installing(this ILogger logger, string package, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "fauxqs installed in {Seconds:F1} s")]
    public static partial void Installed(this ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Started fauxqs (pid {Pid})")]
    public static partial void Launched(this ILogger logger, int pid);

    [LoggerMessage(Level = LogLevel.Information, Message = "fauxqs (pid {Pid}) stopped")]
    public static partial void Stopped(this ILogger logger, int pid);

    [LoggerMessage(Level = LogLevel.Debug, Message = "[fauxqs] {Line}")]
    public static partial void Output(this ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Information, Message = "Using the SQS endpoint {Endpoint} (no engine started)")]
    public static partial void UsingEndpoint(this ILogger logger, Uri endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "fauxqs answers at {Endpoint} (pid {Pid}), started in {Seconds:F1} s")]
    public static partial void EngineStarted(this ILogger logger, Uri endpoint, int pid, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queue {Queue} ready (dead-letter queue {DeadLetterQueue}, visibility timeout {VisibilitySeconds} s)")]
    public static partial void QueueReady(this ILogger logger, string queue, string deadLetterQueue, int visibilitySeconds);
}

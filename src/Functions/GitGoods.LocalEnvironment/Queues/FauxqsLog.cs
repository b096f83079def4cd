using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Queues;

/// <summary>Source-generated log messages of the fauxqs engine.</summary>
internal static partial class FauxqsLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Started fauxqs (pid {Pid})")]
    public static partial void Launched(this ILogger logger, int pid);

    [LoggerMessage(Level = LogLevel.Debug, Message = "[fauxqs] {Line}")]
    public static partial void Output(this ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queue {Queue} ready (dead-letter queue {DeadLetterQueue}, visibility timeout {VisibilitySeconds} s)")]
    public static partial void QueueReady(this ILogger logger, string queue, string deadLetterQueue, int visibilitySeconds);
}

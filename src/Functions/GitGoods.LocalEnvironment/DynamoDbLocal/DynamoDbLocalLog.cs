using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.DynamoDbLocal;

/// <summary>Source-generated log messages of the DynamoDB Local engine.</summary>
internal static partial class DynamoDbLocalLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Started DynamoDB Local (pid {Pid}) on port {Port}")]
    public static partial void Launched(this ILogger logger, int pid, int port);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopping the engine (pid {Pid}) an earlier run left running")]
    public static partial void KillingStale(this ILogger logger, int pid);

    [LoggerMessage(Level = LogLevel.Debug, Message = "[java] {Line}")]
    public static partial void JavaOutput(this ILogger logger, string line);
}

using Microsoft.Extensions.Logging;

namespace GitGoods.LocalStack.DynamoDbLocal;

/// <summary>Source-generated log messages of the DynamoDB Local engine.</summary>
internal static partial class DynamoDbLocalLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Installing DynamoDB Local ({Package}) into {Directory}")]
    public static partial void Installing(this ILogger logger, string package, string directory);

    [LoggerMessage(Level = LogLevel.Information, Message = "DynamoDB Local installed in {Seconds:F1} s")]
    public static partial void Installed(this ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Started DynamoDB Local (pid {Pid}) on port {Port}")]
    public static partial void Launched(this ILogger logger, int pid, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "DynamoDB Local (pid {Pid}) stopped")]
    public static partial void Stopped(this ILogger logger, int pid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopping the engine (pid {Pid}) an earlier run left running")]
    public static partial void KillingStale(this ILogger logger, int pid);

    [LoggerMessage(Level = LogLevel.Debug, Message = "[java] {Line}")]
    public static partial void JavaOutput(this ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Information, Message = "Using the DynamoDB endpoint {Endpoint} (no engine started)")]
    public static partial void UsingEndpoint(this ILogger logger, Uri endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "DynamoDB Local answers at {Endpoint} (pid {Pid}), started in {Seconds:F1} s")]
    public static partial void EngineStarted(this ILogger logger, Uri endpoint, int pid, double seconds);
}

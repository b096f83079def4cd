using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Queues;

/// <summary>Source-generated log messages of the local event source mapping. They name counts and ids, never message bodies.</summary>
internal static partial class SqsEventSourceMappingLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Polling {Queue} for {Function} ({Pollers} pollers, batches of up to {BatchSize})")]
    public static partial void MappingStarted(this ILogger logger, string queue, string function, int pollers, int batchSize);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped polling {Queue} for {Function}")]
    public static partial void MappingStopped(this ILogger logger, string queue, string function);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{Queue} -> {Function}: {Count} messages, {Failed} failed, {Deleted} deleted in {Milliseconds:F1} ms (request {RequestId})")]
    public static partial void BatchHandled(
        this ILogger logger, string queue, string function, int count, int failed, int deleted, double milliseconds, string requestId);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "{Queue} -> {Function} failed (request {RequestId}): all {Count} messages return to the queue after the visibility timeout")]
    public static partial void FunctionFailed(this ILogger logger, Exception exception, string queue, string function, string requestId, int count);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "{Queue} -> {Function} answered with an invalid batch response (request {RequestId}): all {Count} messages return to the queue")]
    public static partial void InvalidBatchResponse(this ILogger logger, string queue, string function, string requestId, int count);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Queue}: {Count} handled messages could not be deleted ({Code}); they will be delivered again")]
    public static partial void DeleteFailed(this ILogger logger, string queue, int count, string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Queue}: receiving failed, polling again shortly")]
    public static partial void ReceiveFailed(this ILogger logger, Exception exception, string queue);
}

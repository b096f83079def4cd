using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Streams;

/// <summary>Source-generated log messages of the local stream mappings. They name shards, counts and sequence numbers, never images.</summary>
internal static partial class TableStreamMappingLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Reading the {Table} stream for {Function} (type {ItemType}, batches of up to {BatchSize})")]
    public static partial void MappingStarted(this ILogger logger, string table, string function, string itemType, int batchSize);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Table} table has no stream: {Function} gets no records")]
    public static partial void NoStream(this ILogger logger, string table, string function);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Function}: {Count} records of shard {Shard} handled (request {RequestId})")]
    public static partial void BatchHandled(this ILogger logger, string function, int count, string shard, string requestId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Function} failed a batch of {Count} from shard {Shard} (attempt {Attempt}): {Reason}; retrying")]
    public static partial void BatchFailed(this ILogger logger, string function, int count, string shard, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "{Function} gave up on {Count} records of shard {Shard}, sequence numbers {First} to {Last}, after {Attempts} attempts (the on-failure destination)")]
    public static partial void BatchSkipped(this ILogger logger, string function, int count, string shard, string first, string last, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function}: the checkpoint of shard {Shard} was trimmed from the stream; reading on from its oldest record")]
    public static partial void CheckpointTrimmed(this ILogger logger, string function, string shard);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the stream for {Function} failed; trying again shortly")]
    public static partial void ReadFailed(this ILogger logger, Exception exception, string function);
}

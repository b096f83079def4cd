using GitGoods.Hosting.Runtime;

namespace GitGoods.Hosting.DynamoDbStreams;

/// <summary>A function behind a DynamoDB Streams event source mapping (ReportBatchItemFailures on).</summary>
public interface IDynamoDbStreamHandler
{
    /// <summary>
    /// Handles a batch in shard order and returns the <c>SequenceNumber</c> of the first record that failed, or null when
    /// all succeeded. The mapping then checkpoints before that record and retries from it (records after it are
    /// delivered again, so a handler must be idempotent).
    /// </summary>
    /// <exception cref="Exception">Any exception fails the whole batch: the mapping retries it (and bisects it, when set).</exception>
    Task<string?> HandleAsync(DynamoDbStreamEvent streamEvent, LambdaContext context, CancellationToken cancellationToken);
}

using GitGoods.Hosting.Runtime;

namespace GitGoods.Hosting.Sqs;

/// <summary>A function behind an SQS event source mapping.</summary>
public interface ISqsHandler
{
    /// <summary>
    /// Handles a batch and returns the ids of the messages that failed (empty: all succeeded). For a FIFO
    /// queue, return the first failed message and every one after it, so ordering within a group holds.
    /// </summary>
    /// <exception cref="Exception">Any exception fails the whole batch: every message is retried.</exception>
    Task<IReadOnlyList<string>> HandleAsync(SqsEvent sqsEvent, LambdaContext context, CancellationToken cancellationToken);
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Amazon.SQS;
using Amazon.SQS.Model;
using GitGoods.Domain.Operations;

namespace GitGoods.Adapters.Queues;

/// <summary>
/// A dead-letter queue on SQS, and the queue its messages came from. SQS has no "peek": a look receives messages
/// with a short visibility timeout and then makes them visible again at once. Redrive sends each message to the
/// source queue before deleting it from the dead-letter queue, so a crash in between duplicates a message but
/// never loses one (the consumers are idempotent). A redriven message is a new message (new id, receive count 0);
/// only its body is carried over (the orders queue uses no message attributes). SQS's own redrive
/// (StartMessageMoveTask) cannot stop after a given number of messages, and fauxqs does not offer it.
/// </summary>
/// <remarks>
/// Every receive counts, so a look itself raises <c>ApproximateReceiveCount</c>: <see cref="DeadLetter.ReceiveCount"/>
/// is the count before this look. The count carries over from the source queue. fauxqs counts the receive that moved
/// the message as well, so a message moved after <see cref="OrderQueues.MaxReceiveCount"/> failed deliveries shows
/// <c>MaxReceiveCount + 1</c> there, and every earlier look adds one more.
/// </remarks>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "It is a queue: SQS calls it a dead-letter queue.")]
public sealed class SqsDeadLetterQueue(IAmazonSQS sqs, string deadLetterQueueUrl, string sourceQueueUrl) : IDeadLetterQueue
{
    private const string ReceiveCount = "ApproximateReceiveCount";
    private const string SentTimestamp = "SentTimestamp";

    /// <summary>How long a look hides the messages it reads should it fail to show them again (they reappear by themselves then).</summary>
    public int PeekVisibilitySeconds { get; init; } = 10;

    /// <summary>
    /// Hides messages being moved: long enough to send and delete a batch, short enough that a crashed redrive's
    /// messages soon show again.
    /// </summary>
    public int RedriveVisibilitySeconds { get; init; } = 30;

    /// <summary>
    /// Long polling for each receive. SQS's short polling may answer "empty" while messages wait on other hosts; a
    /// long poll answers as soon as there is one message, and waits this long only when the queue is empty.
    /// </summary>
    public int ReceiveWaitSeconds { get; init; } = 1;

    public async Task<IReadOnlyList<DeadLetter>> PeekAsync(int max, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        var letters = new List<DeadLetter>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var handles = new List<string>();
        try
        {
            while (letters.Count < max)
            {
                var messages = await ReceiveAsync(max - letters.Count, PeekVisibilitySeconds, ct);
                if (messages.Count == 0)
                {
                    break;
                }

                foreach (var message in messages)
                {
                    handles.Add(message.ReceiptHandle);
                    if (seen.Add(message.MessageId))
                    {
                        letters.Add(ToDeadLetter(message));
                    }
                }
            }
        }
        finally
        {
            // Also after a cancellation: a look must not hide what it looked at.
            await ShowAgainAsync(handles);
        }

        return letters;
    }

    public async Task<int> RedriveAsync(int max, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        var sender = new SqsMessageSender(sqs, sourceQueueUrl);
        var moved = 0;
        while (moved < max)
        {
            var messages = await ReceiveAsync(max - moved, RedriveVisibilitySeconds, ct);
            if (messages.Count == 0)
            {
                break;
            }

            try
            {
                await sender.SendBatchAsync([.. messages.Select(m => m.Body)], ct);
            }
            catch (SqsBatchSendException e)
            {
                // Delete only what reached the source queue; the rest stays in the dead-letter queue, visible again.
                var sent = messages.Where((_, i) => e.MessageIds[i] is not null).ToList();
                await DeleteAsync(sent, ct);
                await ShowAgainAsync([.. messages.Where((_, i) => e.MessageIds[i] is null).Select(m => m.ReceiptHandle)]);
                throw;
            }

            await DeleteAsync(messages, ct);
            moved += messages.Count;
        }

        return moved;
    }

    private async Task<IReadOnlyList<Message>> ReceiveAsync(int max, int visibilitySeconds, CancellationToken ct)
    {
        var response = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = deadLetterQueueUrl,
            MaxNumberOfMessages = Math.Min(max, OrderQueues.MaxBatchSize),
            VisibilityTimeout = visibilitySeconds,
            WaitTimeSeconds = ReceiveWaitSeconds,
            MessageSystemAttributeNames = [ReceiveCount, SentTimestamp],
        }, ct);
        return response.Messages ?? [];
    }

    private async Task DeleteAsync(IReadOnlyList<Message> messages, CancellationToken ct)
    {
        foreach (var chunk in messages.Chunk(OrderQueues.MaxBatchSize))
        {
            var response = await sqs.DeleteMessageBatchAsync(new DeleteMessageBatchRequest
            {
                QueueUrl = deadLetterQueueUrl,
                Entries = [.. chunk.Select((m, i) => new DeleteMessageBatchRequestEntry(i.ToString(CultureInfo.InvariantCulture), m.ReceiptHandle))],
            }, ct);
            if (response.Failed is { Count: > 0 } failed)
            {
                // Sent but not deleted: it would be redriven twice. Say so rather than pretend it moved once.
                throw new InvalidOperationException(
                    $"{failed.Count} redriven messages could not be deleted from the dead-letter queue ({failed[0].Code}); they will be redriven again.");
            }
        }
    }

    private async Task ShowAgainAsync(IReadOnlyList<string> receiptHandles)
    {
        foreach (var chunk in receiptHandles.Chunk(OrderQueues.MaxBatchSize))
        {
            try
            {
                await sqs.ChangeMessageVisibilityBatchAsync(new ChangeMessageVisibilityBatchRequest
                {
                    QueueUrl = deadLetterQueueUrl,
                    Entries = [.. chunk.Select((h, i) => new ChangeMessageVisibilityBatchRequestEntry(i.ToString(CultureInfo.InvariantCulture), h) { VisibilityTimeout = 0 })],
                }, CancellationToken.None);
            }
            catch (AmazonSQSException)
            {
                // They show again by themselves once the short visibility timeout ends.
            }
        }
    }

    private static DeadLetter ToDeadLetter(Message message)
    {
        var attributes = message.Attributes ?? [];
        var count = attributes.TryGetValue(ReceiveCount, out var text)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var received) ? received : 1;
        var sentAt = attributes.TryGetValue(SentTimestamp, out var sent)
            && long.TryParse(sent, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : DateTimeOffset.UnixEpoch;
        // This look was one receive too: report the count the message had before it.
        return new DeadLetter(message.MessageId, message.Body, Math.Max(0, count - 1), sentAt);
    }
}

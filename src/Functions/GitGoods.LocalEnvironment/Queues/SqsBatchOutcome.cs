using System.Text.Json;
using GitGoods.Hosting.Json;

namespace GitGoods.LocalEnvironment.Queues;

/// <summary>
/// Reads a function's answer to a batch as Lambda does with <c>ReportBatchItemFailures</c>. A success: no answer,
/// <c>null</c>, <c>{}</c>, or an empty or null <c>batchItemFailures</c>. A whole-batch failure: an answer that is not
/// JSON or not an object, or any failure whose <c>itemIdentifier</c> is missing, empty, or not a message of the batch.
/// </summary>
public sealed record SqsBatchOutcome(bool WholeBatchFailed, IReadOnlySet<string> FailedMessageIds)
{
    public static SqsBatchOutcome WholeBatch { get; } = new(true, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>Judges <paramref name="response"/> for a batch of <paramref name="messageIds"/>.</summary>
    public static SqsBatchOutcome Read(ReadOnlySpan<byte> response, IReadOnlyCollection<string> messageIds)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        if (IsBlank(response))
        {
            return new SqsBatchOutcome(false, failed);
        }

        Hosting.Sqs.SqsBatchResponse? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(response, HostingJsonContext.Default.SqsBatchResponse);
        }
        catch (JsonException)
        {
            return WholeBatch;
        }

        var batch = new HashSet<string>(messageIds, StringComparer.Ordinal);
        foreach (var failure in parsed?.BatchItemFailures ?? [])
        {
            if (failure is null || string.IsNullOrEmpty(failure.ItemIdentifier) || !batch.Contains(failure.ItemIdentifier))
            {
                return WholeBatch;
            }

            failed.Add(failure.ItemIdentifier);
        }

        return new SqsBatchOutcome(false, failed);
    }

    private static bool IsBlank(ReadOnlySpan<byte> response)
    {
        var trimmed = response.Trim(" \t\r\n"u8);
        return trimmed.IsEmpty || trimmed.SequenceEqual("null"u8);
    }
}

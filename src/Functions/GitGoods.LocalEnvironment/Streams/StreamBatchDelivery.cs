using System.Security.Cryptography;
using System.Text.Json;
using GitGoods.Hosting.DynamoDbStreams;
using GitGoods.Hosting.Json;
using GitGoods.Hosting.Runtime;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Streams;

/// <summary>
/// Hands one batch of one shard to the function as Lambda's mapping does: through <see cref="ILambdaFunction.InvokeAsync"/>,
/// the bootstrap's entry point. A reported failure (ReportBatchItemFailures) checkpoints before the failed record and
/// retries from it; a thrown exception (or an invalid answer) retries the batch, split in two when
/// <see cref="GitGoods.Manifest.TableStreamTrigger.BisectBatchOnError"/>; after <c>MaxRetryAttempts</c> retries the
/// rest is given up, logged as the on-failure destination would record it, and the shard moves on.
/// </summary>
internal sealed class StreamBatchDelivery(ILambdaFunction function, TableStreamMappingOptions options, string streamArn, TimeProvider time, ILogger logger)
{
    /// <summary>Delivers <paramref name="batch"/> until it is handled or given up; <paramref name="checkpoint"/> takes each record done.</summary>
    public Task DeliverAsync(string shardId, IReadOnlyList<DynamoDbStreamRecord> batch, Action<string> checkpoint, CancellationToken stopping) =>
        DeliverAsync(shardId, batch, 0, checkpoint, stopping);

    private async Task DeliverAsync(string shardId, IReadOnlyList<DynamoDbStreamRecord> batch, int attempt, Action<string> checkpoint,
        CancellationToken stopping)
    {
        while (batch.Count > 0)
        {
            var (failedAt, reason) = await InvokeAsync(batch, stopping);
            if (failedAt == batch.Count)
            {
                logger.BatchHandled(options.FunctionName, batch.Count, shardId, reason);
                return;
            }

            if (failedAt > 0)
            {
                // The records before the failed one are done: checkpoint them, retry from the failed one.
                checkpoint(batch[failedAt - 1].DynamoDb.SequenceNumber);
                batch = [.. batch.Skip(failedAt)];
            }

            attempt++;
            if (attempt > options.Trigger.MaxRetryAttempts)
            {
                logger.BatchSkipped(options.FunctionName, batch.Count, shardId, batch[0].DynamoDb.SequenceNumber,
                    batch[^1].DynamoDb.SequenceNumber, attempt);
                return;
            }

            logger.BatchFailed(options.FunctionName, batch.Count, shardId, attempt, reason);
            await Task.Delay(Backoff(attempt), time, stopping);
            if (failedAt < 0 && options.Trigger.BisectBatchOnError && batch.Count > 1)
            {
                var half = batch.Count / 2;
                await DeliverAsync(shardId, [.. batch.Take(half)], attempt, checkpoint, stopping);
                checkpoint(batch[half - 1].DynamoDb.SequenceNumber);
                await DeliverAsync(shardId, [.. batch.Skip(half)], attempt, checkpoint, stopping);
                return;
            }
        }
    }

    /// <summary>
    /// How far the batch got: <c>batch.Count</c> when all succeeded, the index of the reported record on a partial
    /// failure, −1 when the whole batch failed; with the request id or the reason.
    /// </summary>
    private async Task<(int FailedAt, string Reason)> InvokeAsync(IReadOnlyList<DynamoDbStreamRecord> batch, CancellationToken stopping)
    {
        var now = time.GetUtcNow();
        var context = new LambdaContext(Guid.NewGuid().ToString(), options.FunctionName, "$LATEST", options.MemoryMb, options.FunctionArn,
            $"Root=1-{now.ToUnixTimeSeconds():x8}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}", now.Add(options.FunctionTimeout))
        {
            Logger = options.FunctionLogger,
        };
        foreach (var record in batch)
        {
            record.EventSourceArn = streamArn;
            record.AwsRegion = options.Region;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(options.FunctionTimeout);
        byte[] answer;
        try
        {
            var payload = JsonSerializer.SerializeToUtf8Bytes(new DynamoDbStreamEvent { Records = [.. batch] }, HostingJsonContext.Default.DynamoDbStreamEvent);
            answer = await function.InvokeAsync(payload, context, timeout.Token);
        }
        catch (Exception e) when (!stopping.IsCancellationRequested)
        {
            return (-1, e.GetType().Name);
        }

        return Read(answer, batch, context.RequestId);
    }

    private static (int FailedAt, string Reason) Read(byte[] answer, IReadOnlyList<DynamoDbStreamRecord> batch, string requestId)
    {
        SqsBatchResponseReader.TryRead(answer, out var failures);
        if (failures is null)
        {
            return (-1, "an invalid batch response");
        }

        if (failures.Count == 0)
        {
            return (batch.Count, requestId);
        }

        // As Lambda: the earliest reported record is where the batch stopped; an unknown or empty id fails it all.
        var indexes = failures.Select(f => batch.ToList().FindIndex(r => string.Equals(r.DynamoDb.SequenceNumber, f, StringComparison.Ordinal))).ToList();
        return indexes.Any(i => i < 0) ? (-1, "a failure naming no record of the batch") : (indexes.Min(), "a reported record failure");
    }

    private TimeSpan Backoff(int attempt) =>
        TimeSpan.FromTicks(Math.Min(options.MaxRetryBackoff.Ticks, options.RetryBackoff.Ticks << Math.Min(attempt - 1, 16)));
}

/// <summary>Reads the <c>batchItemFailures</c> answer of a batch function.</summary>
internal static class SqsBatchResponseReader
{
    /// <summary>The reported identifiers, or null when the answer is not a batch response.</summary>
    public static bool TryRead(byte[] answer, out IReadOnlyList<string>? failures)
    {
        try
        {
            var response = JsonSerializer.Deserialize(answer, HostingJsonContext.Default.SqsBatchResponse);
            failures = response is null ? null : [.. response.BatchItemFailures.Select(f => f.ItemIdentifier)];
        }
        catch (JsonException)
        {
            failures = null;
        }

        return failures is not null;
    }
}

using System.Globalization;
using System.Text;
using Amazon.SQS;
using Amazon.SQS.Model;
using Polly;
using Polly.Retry;

namespace GitGoods.Adapters.Queues;

/// <summary>
/// Sends messages to one SQS queue. Batches go out ten at a time; entries SQS reports as failed through no fault of
/// ours (throttling, an internal error) are sent again with exponential back-off (a Polly retry), and what still fails
/// is reported, never silently dropped.
/// </summary>
public sealed class SqsMessageSender(IAmazonSQS sqs, string queueUrl)
{
    private readonly IAmazonSQS _sqs = sqs;

    /// <summary>
    /// SQS refuses a batch whose bodies together exceed the message size limit; 256 KiB is the smallest limit a queue
    /// has had, so batches stay under it (a single larger body is still sent, alone).
    /// </summary>
    public const int MaxBatchBytes = 256 * 1024;

    public string QueueUrl { get; } = queueUrl;

    /// <summary>How often a failed entry is tried in all (first send included).</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The pause before the first retry; it doubles for each further one.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Sends one message and returns its id.</summary>
    public async Task<string> SendAsync(string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var response = await _sqs.SendMessageAsync(new SendMessageRequest { QueueUrl = QueueUrl, MessageBody = body }, cancellationToken);
        return response.MessageId;
    }

    /// <summary>Sends every body and returns the message ids in the order of <paramref name="bodies"/>.</summary>
    /// <exception cref="SqsBatchSendException">When some entries still failed after <see cref="MaxAttempts"/>; the others were sent.</exception>
    public async Task<IReadOnlyList<string>> SendBatchAsync(IReadOnlyList<string> bodies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        var ids = new string?[bodies.Count];
        var failures = new List<SqsSendFailure>();
        foreach (var chunk in Chunks(bodies))
        {
            await SendChunkAsync(bodies, chunk, ids, failures, cancellationToken);
        }

        if (failures.Count > 0)
        {
            throw new SqsBatchSendException(failures, ids);
        }

        return ids!;
    }

    private async Task SendChunkAsync(
        IReadOnlyList<string> bodies, List<int> chunk, string?[] ids, List<SqsSendFailure> failures, CancellationToken cancellationToken)
    {
        var attempt = new ChunkAttempt(this, bodies, ids, failures) { Pending = chunk };
        // Each attempt sends what is still pending and returns the entries worth sending again; Polly waits and retries.
        var retryable = await RetryPipeline.ExecuteAsync(
            static (state, token) => state.SendAsync(token), attempt, cancellationToken);
        failures.AddRange(retryable.Select(index => new SqsSendFailure(index, attempt.Codes.GetValueOrDefault(index, "NotReported"), SenderFault: false)));
    }

    /// <summary>Retries a batch while some of its entries failed through no fault of ours; built once per sender.</summary>
    private ResiliencePipeline<IReadOnlyList<int>> RetryPipeline => _retryPipeline ??= MaxAttempts <= 1
        ? ResiliencePipeline<IReadOnlyList<int>>.Empty
        : new ResiliencePipelineBuilder<IReadOnlyList<int>>()
            .AddRetry(new RetryStrategyOptions<IReadOnlyList<int>>
            {
                MaxRetryAttempts = MaxAttempts - 1,
                Delay = RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                // Only a partly failed batch is retried here: a failed request as a whole was already retried by the SDK.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is null && args.Outcome.Result is { Count: > 0 }),
            })
            .Build();

    private ResiliencePipeline<IReadOnlyList<int>>? _retryPipeline;

    /// <summary>One chunk's state across attempts: what is still pending and the last error code of each entry.</summary>
    private sealed class ChunkAttempt(SqsMessageSender sender, IReadOnlyList<string> bodies, string?[] ids, List<SqsSendFailure> failures)
    {
        public required IReadOnlyList<int> Pending { get; set; }

        public Dictionary<int, string> Codes { get; } = [];

        public async ValueTask<IReadOnlyList<int>> SendAsync(CancellationToken cancellationToken)
        {
            var request = new SendMessageBatchRequest
            {
                QueueUrl = sender.QueueUrl,
                Entries = [.. Pending.Select(i => new SendMessageBatchRequestEntry(EntryId(i), bodies[i]))],
            };
            var response = await sender._sqs.SendMessageBatchAsync(request, cancellationToken);
            foreach (var sent in response.Successful ?? [])
            {
                ids[ParseEntryId(sent.Id)] = sent.MessageId;
            }

            var retry = new List<int>();
            var reported = (response.Failed ?? []).ToDictionary(f => ParseEntryId(f.Id));
            foreach (var index in Pending.Where(i => ids[i] is null))
            {
                var failed = reported.GetValueOrDefault(index);
                Codes[index] = failed?.Code ?? "NotReported";
                if (failed?.SenderFault == true)
                {
                    // Our request is wrong (bad characters, too large): sending it again cannot help.
                    failures.Add(new SqsSendFailure(index, Codes[index], SenderFault: true));
                }
                else
                {
                    retry.Add(index);
                }
            }

            Pending = retry;
            return retry;
        }
    }

    private static IEnumerable<List<int>> Chunks(IReadOnlyList<string> bodies)
    {
        var chunk = new List<int>(OrderQueues.MaxBatchSize);
        var bytes = 0;
        for (var i = 0; i < bodies.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(bodies[i], nameof(bodies));
            var size = Encoding.UTF8.GetByteCount(bodies[i]);
            if (chunk.Count == OrderQueues.MaxBatchSize || (chunk.Count > 0 && bytes + size > MaxBatchBytes))
            {
                yield return chunk;
                chunk = new List<int>(OrderQueues.MaxBatchSize);
                bytes = 0;
            }

            chunk.Add(i);
            bytes += size;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    private static string EntryId(int index) => index.ToString(CultureInfo.InvariantCulture);

    private static int ParseEntryId(string id) => int.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture);
}

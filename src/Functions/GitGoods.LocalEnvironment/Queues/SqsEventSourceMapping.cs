using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Amazon.SQS;
using Amazon.SQS.Model;
using GitGoods.Adapters.Resilience;
using GitGoods.Hosting.Json;
using GitGoods.Hosting.Runtime;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Queues;

/// <summary>
/// The local stand-in for Lambda's SQS event source mapping with <c>ReportBatchItemFailures</c>: several pollers
/// long-poll the queue, hand each batch as an SQS event to the function through <see cref="ILambdaFunction.InvokeAsync"/>
/// (the entry point the Lambda bootstrap uses), and delete the messages the function handled. Messages the
/// function reports as failed stay, and SQS delivers them again after the visibility timeout (and, past the
/// queue's maxReceiveCount, moves them to its dead-letter queue). A thrown exception, a timeout, an invalid answer,
/// or a failure naming an empty or unknown id fails the whole batch: nothing is deleted.
/// </summary>
public sealed class SqsEventSourceMapping : IAsyncDisposable
{
    private static readonly List<string> AllAttributes = ["All"];
    private readonly IAmazonSQS _sqs;
    private readonly ILambdaFunction _function;
    private readonly SqsEventSourceMappingOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _polling = new();
    private readonly CancellationTokenSource _invocations = new();
    private Task[] _pollers = [];
    private int _state; // 0 new, 1 running, 2 stopped

    public SqsEventSourceMapping(
        IAmazonSQS sqs, ILambdaFunction function, SqsEventSourceMappingOptions options, TimeProvider time, ILogger<SqsEventSourceMapping> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _sqs = sqs;
        _function = function;
        _options = options;
        _time = time;
        _logger = logger;
    }

    public SqsEventSourceMappingOptions Options => _options;

    /// <summary>True between <see cref="Start"/> and <see cref="StopAsync"/>.</summary>
    public bool IsRunning => Volatile.Read(ref _state) == 1;

    /// <summary>Starts the pollers; returns at once.</summary>
    /// <exception cref="InvalidOperationException">When it was started before.</exception>
    public void Start()
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            throw new InvalidOperationException("A mapping starts once; create a new one to poll again.");
        }

        _pollers = [.. Enumerable.Range(0, _options.Pollers).Select(_ => Task.Run(() => PollAsync(_polling.Token)))];
        _logger.MappingStarted(_options.QueueName, _options.FunctionName, _options.Pollers, _options.BatchSize);
    }

    /// <summary>
    /// Stops polling at once (a receive in flight is cancelled) and waits for the invocations in flight to finish,
    /// as disabling a mapping does. When <paramref name="cancellationToken"/> fires first, those invocations are
    /// cancelled too, and their batches return to the queue.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _state, 2) != 1)
        {
            return;
        }

        await _polling.CancelAsync();
        await using (cancellationToken.Register(() => _invocations.Cancel()))
        {
            await Task.WhenAll(_pollers);
        }

        _logger.MappingStopped(_options.QueueName, _options.FunctionName);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _polling.Dispose();
        _invocations.Dispose();
    }

    private async Task PollAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            IReadOnlyList<Message> messages;
            try
            {
                messages = await ReceiveAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is AmazonSQSException or Amazon.Runtime.AmazonClientException or HttpRequestException or IOException
                or OperationCanceledException || DependencyFailure.IsTransient(e))
            {
                _logger.ReceiveFailed(e, _options.QueueName);
                await Task.Delay(_options.ErrorBackoff, _time, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }

            if (messages.Count > 0)
            {
                await HandleBatchAsync(messages);
            }
        }
    }

    private async Task<IReadOnlyList<Message>> ReceiveAsync(CancellationToken stopping)
    {
        var response = await _sqs.ReceiveMessageAsync(new ReceiveMessageRequest
        {
            QueueUrl = _options.QueueUrl,
            MaxNumberOfMessages = _options.BatchSize,
            WaitTimeSeconds = _options.WaitTimeSeconds,
            MessageSystemAttributeNames = AllAttributes,
            MessageAttributeNames = AllAttributes,
        }, stopping);
        return response.Messages ?? [];
    }

    private async Task HandleBatchAsync(IReadOnlyList<Message> messages)
    {
        var started = Stopwatch.GetTimestamp();
        var now = _time.GetUtcNow();
        var context = new LambdaContext(Guid.NewGuid().ToString(), _options.FunctionName, "$LATEST", _options.MemoryMb,
            _options.FunctionArn, NewTraceId(now), now.Add(_options.FunctionTimeout)) { Logger = _options.FunctionLogger };
        var outcome = await InvokeAsync(messages, context);
        if (outcome.WholeBatchFailed)
        {
            return;
        }

        var handled = messages.Where(m => !outcome.FailedMessageIds.Contains(m.MessageId)).ToList();
        var deleted = await DeleteAsync(handled);
        var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        _logger.BatchHandled(_options.QueueName, _options.FunctionName, messages.Count, outcome.FailedMessageIds.Count, deleted,
            milliseconds, context.RequestId);
    }

    private async Task<SqsBatchOutcome> InvokeAsync(IReadOnlyList<Message> messages, LambdaContext context)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_invocations.Token);
        timeout.CancelAfter(_options.FunctionTimeout);
        byte[] response;
        try
        {
            var payload = JsonSerializer.SerializeToUtf8Bytes(
                SqsEventBuilder.Build(messages, _options.QueueArn, _options.Region), HostingJsonContext.Default.SqsEvent);
            response = await _function.InvokeAsync(payload, context, timeout.Token);
        }
        catch (Exception e)
        {
            // As on AWS: a function error fails the batch; the messages show again after the visibility timeout.
            _logger.FunctionFailed(e, _options.QueueName, _options.FunctionName, context.RequestId, messages.Count);
            return SqsBatchOutcome.WholeBatch;
        }

        var outcome = SqsBatchOutcome.Read(response, [.. messages.Select(m => m.MessageId)]);
        if (outcome.WholeBatchFailed)
        {
            _logger.InvalidBatchResponse(_options.QueueName, _options.FunctionName, context.RequestId, messages.Count);
        }

        return outcome;
    }

    private async Task<int> DeleteAsync(List<Message> handled)
    {
        if (handled.Count == 0)
        {
            return 0;
        }

        try
        {
            // Not cancelled by a stop: what the function handled is deleted even while the mapping stops.
            var response = await _sqs.DeleteMessageBatchAsync(new DeleteMessageBatchRequest
            {
                QueueUrl = _options.QueueUrl,
                Entries = [.. handled.Select((m, i) => new DeleteMessageBatchRequestEntry(i.ToString(CultureInfo.InvariantCulture), m.ReceiptHandle))],
            }, CancellationToken.None);
            if (response.Failed is { Count: > 0 } failed)
            {
                // Typically the function outlived the visibility timeout, so the receipt handle expired.
                _logger.DeleteFailed(_options.QueueName, failed.Count, failed[0].Code);
                return handled.Count - failed.Count;
            }

            return handled.Count;
        }
        catch (Exception e) when (e is AmazonSQSException or Amazon.Runtime.AmazonClientException or HttpRequestException or IOException
            || DependencyFailure.IsTransient(e))
        {
            _logger.DeleteFailed(_options.QueueName, handled.Count, e.GetType().Name);
            return 0;
        }
    }

    // X-Ray's format, as the gateway makes them: Root=1-<epoch seconds, hex>-<96 random bits, hex>.
    private static string NewTraceId(DateTimeOffset now) =>
        $"Root=1-{now.ToUnixTimeSeconds():x8}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}";
}

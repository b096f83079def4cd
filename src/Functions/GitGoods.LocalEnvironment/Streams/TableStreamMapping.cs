using Amazon.DynamoDBv2;
using GitGoods.Hosting.DynamoDbStreams;
using GitGoods.Hosting.Runtime;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Streams;

/// <summary>
/// The local stand-in for one Lambda DynamoDB Streams event source mapping: reads every shard of the table's stream in
/// order (a child shard once its parent is read to its end), from its checkpoint (else the oldest record), filters the
/// records by the trigger's item type, and hands them in batches of up to <c>BatchSize</c> to the function
/// (<see cref="StreamBatchDelivery"/>). Each mapping keeps its own checkpoints, so consumers never hold each other back.
/// </summary>
public sealed class TableStreamMapping : IAsyncDisposable
{
    private const int RecordsPerRead = 1000;
    private readonly IAmazonDynamoDB _dynamoDb;
    private readonly LocalStreamsClient _streams;
    private readonly ILambdaFunction _function;
    private readonly TableStreamMappingOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Dictionary<string, string> _iterators = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private StreamCheckpoints? _checkpoints;
    private Task _polling = Task.CompletedTask;
    private bool _warnedNoStream;

    public TableStreamMapping(IAmazonDynamoDB dynamoDb, LocalStreamsClient streams, ILambdaFunction function, TableStreamMappingOptions options,
        TimeProvider time, ILogger<TableStreamMapping> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _dynamoDb = dynamoDb;
        _streams = streams;
        _function = function;
        _options = options;
        _time = time;
        _logger = logger;
    }

    public TableStreamMappingOptions Options => _options;

    /// <summary>Starts polling; returns at once.</summary>
    public void Start()
    {
        _checkpoints = StreamCheckpoints.Load(_options.CheckpointFile);
        _logger.MappingStarted(_options.TableName, _options.FunctionName, _options.Trigger.ItemType, _options.Trigger.BatchSize);
        _polling = Task.Run(() => PollAsync(_stopping.Token));
    }

    /// <summary>Stops polling and waits for the batch in flight (it is retried from its checkpoint after a restart).</summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        await _polling.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
    }

    private async Task PollAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            var read = false;
            try
            {
                read = await PollOnceAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is StreamsApiException or AmazonDynamoDBException or Amazon.Runtime.AmazonClientException
                or HttpRequestException or IOException or System.Text.Json.JsonException
                || GitGoods.Adapters.Resilience.DependencyFailure.IsTransient(e))
            {
                _logger.ReadFailed(e, _options.FunctionName);
                _iterators.Clear();
            }

            if (!read)
            {
                await Task.Delay(_options.PollInterval, _time, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Reads each readable shard once; true when any record came.</summary>
    private async Task<bool> PollOnceAsync(CancellationToken stopping)
    {
        var streamArn = (await _dynamoDb.DescribeTableAsync(_options.TableName, stopping)).Table.LatestStreamArn;
        if (string.IsNullOrEmpty(streamArn))
        {
            if (!_warnedNoStream)
            {
                _logger.NoStream(_options.TableName, _options.FunctionName);
                _warnedNoStream = true;
            }

            return false;
        }

        var checkpoints = _checkpoints!;
        checkpoints.UseStream(streamArn);
        var shards = await ShardsAsync(streamArn, stopping);
        var known = shards.Select(s => s.ShardId).ToHashSet(StringComparer.Ordinal);
        var read = false;
        foreach (var shard in shards.Where(s => !checkpoints.IsFinished(s.ShardId)))
        {
            // A child waits for its parent, so an item's changes stay in order across a shard split.
            if (shard.ParentShardId is { } parent && known.Contains(parent) && !checkpoints.IsFinished(parent))
            {
                continue;
            }

            read |= await ReadShardAsync(streamArn, shard.ShardId, checkpoints, stopping);
        }

        return read;
    }

    private async Task<List<StreamShard>> ShardsAsync(string streamArn, CancellationToken stopping)
    {
        var shards = new List<StreamShard>();
        string? after = null;
        do
        {
            var (page, last) = await _streams.DescribeStreamAsync(streamArn, after, stopping);
            shards.AddRange(page);
            after = last;
        }
        while (after is not null);

        return shards;
    }

    private async Task<bool> ReadShardAsync(string streamArn, string shardId, StreamCheckpoints checkpoints, CancellationToken stopping)
    {
        if (!_iterators.TryGetValue(shardId, out var iterator))
        {
            try
            {
                iterator = await _streams.GetShardIteratorAsync(streamArn, shardId, checkpoints.After(shardId), stopping);
            }
            catch (StreamsApiException e) when (e.ErrorType is "TrimmedDataAccessException")
            {
                // The checkpoint is older than the stream keeps (24 h): as Lambda would, go on from the oldest record left.
                _logger.CheckpointTrimmed(_options.FunctionName, shardId);
                iterator = await _streams.GetShardIteratorAsync(streamArn, shardId, null, stopping);
            }
        }

        IReadOnlyList<DynamoDbStreamRecord> records;
        string? next;
        try
        {
            (records, next) = await _streams.GetRecordsAsync(iterator, RecordsPerRead, stopping);
        }
        catch (StreamsApiException e) when (e.ErrorType is "ExpiredIteratorException")
        {
            _iterators.Remove(shardId);
            return false;
        }

        await DeliverAsync(streamArn, shardId, records, checkpoints, stopping);
        if (next is null)
        {
            _iterators.Remove(shardId);
            checkpoints.Finish(shardId);
        }
        else
        {
            _iterators[shardId] = next;
        }

        return records.Count > 0;
    }

    /// <summary>Batches of up to BatchSize records that pass the filter; the checkpoint also moves over records filtered out.</summary>
    private async Task DeliverAsync(string streamArn, string shardId, IReadOnlyList<DynamoDbStreamRecord> records, StreamCheckpoints checkpoints,
        CancellationToken stopping)
    {
        var delivery = new StreamBatchDelivery(_function, _options, streamArn, _time, _logger);
        var batch = new List<DynamoDbStreamRecord>();
        for (var i = 0; i < records.Count; i++)
        {
            if (_options.Passes(records[i]))
            {
                batch.Add(records[i]);
            }

            if (batch.Count == _options.Trigger.BatchSize || (i == records.Count - 1 && batch.Count > 0))
            {
                await delivery.DeliverAsync(shardId, batch, sequence => checkpoints.Advance(shardId, sequence), stopping);
                batch = [];
            }

            if (batch.Count == 0)
            {
                checkpoints.Advance(shardId, records[i].DynamoDb.SequenceNumber);
            }
        }
    }
}

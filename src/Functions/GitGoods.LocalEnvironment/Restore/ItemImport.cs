using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace GitGoods.LocalEnvironment.Restore;

/// <summary>
/// Writes an export file's items into a table with BatchWriteItem, 25 puts a call (DynamoDB's limit). Items DynamoDB
/// hands back as unprocessed (throttling, or a partition's limit) are sent again after a growing pause, as AWS advises.
/// </summary>
public static class ItemImport
{
    /// <summary>DynamoDB takes at most 25 requests per BatchWriteItem.</summary>
    public const int BatchSize = 25;

    /// <summary>Tries of one batch before the import gives up: pauses of 50 ms doubling to about 13 s, 26 s in all.</summary>
    public const int MaxAttempts = 10;

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(50);

    /// <summary>Imports every line of <paramref name="file"/> into <paramref name="tableName"/>; returns how many items it wrote.</summary>
    /// <exception cref="InvalidOperationException">When a batch still has unprocessed items after <see cref="MaxAttempts"/> tries.</exception>
    public static async Task<long> ImportAsync(
        IAmazonDynamoDB dynamoDb, string tableName, string file, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dynamoDb);
        long written = 0;
        var batch = new List<WriteRequest>(BatchSize);
        await foreach (var line in File.ReadLinesAsync(file, cancellationToken))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            batch.Add(new WriteRequest(new PutRequest(new Dictionary<string, AttributeValue>(DynamoJson.ReadExportLine(line), StringComparer.Ordinal))));
            if (batch.Count == BatchSize)
            {
                written += await WriteAsync(dynamoDb, tableName, batch, time, cancellationToken);
                batch = new List<WriteRequest>(BatchSize);
            }
        }

        if (batch.Count > 0)
        {
            written += await WriteAsync(dynamoDb, tableName, batch, time, cancellationToken);
        }

        return written;
    }

    private static async Task<int> WriteAsync(
        IAmazonDynamoDB dynamoDb, string tableName, List<WriteRequest> batch, TimeProvider time, CancellationToken cancellationToken)
    {
        var pending = batch;
        var pause = FirstPause;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var response = await dynamoDb.BatchWriteItemAsync(new BatchWriteItemRequest
            {
                RequestItems = new Dictionary<string, List<WriteRequest>>(StringComparer.Ordinal) { [tableName] = pending },
            }, cancellationToken);
            if (response.UnprocessedItems is null || !response.UnprocessedItems.TryGetValue(tableName, out var left) || left.Count == 0)
            {
                return batch.Count;
            }

            pending = left;
            if (attempt < MaxAttempts)
            {
                await Task.Delay(pause, time, cancellationToken);
                pause *= 2;
            }
        }

        throw new InvalidOperationException(
            $"{pending.Count} item(s) were still unprocessed by BatchWriteItem on {tableName} after {MaxAttempts} tries.");
    }
}

using System.Runtime.CompilerServices;
using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace GitGoods.LocalEnvironment.Restore;

/// <summary>Reads every item of a table (consistent scan, page by page): to export it to a file, or to fingerprint it.</summary>
public static class TableScan
{
    /// <summary>Every item of <paramref name="tableName"/>, read with strong consistency.</summary>
    public static async IAsyncEnumerable<Dictionary<string, AttributeValue>> ItemsAsync(
        IAmazonDynamoDB dynamoDb, string tableName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dynamoDb);
        Dictionary<string, AttributeValue>? startKey = null;
        do
        {
            var page = await dynamoDb.ScanAsync(new ScanRequest
            {
                TableName = tableName,
                ConsistentRead = true,
                ExclusiveStartKey = startKey,
            }, cancellationToken);
            foreach (var item in page.Items ?? [])
            {
                yield return item;
            }

            startKey = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (startKey is not null);
    }

    /// <summary>Writes every item to <paramref name="file"/> as DynamoDB JSON lines and returns their fingerprint.</summary>
    public static async Task<ItemSetChecksum> ExportAsync(IAmazonDynamoDB dynamoDb, string tableName, string file, CancellationToken cancellationToken)
    {
        var checksum = new ItemSetChecksum();
        await using var writer = new StreamWriter(file, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await foreach (var item in ItemsAsync(dynamoDb, tableName, cancellationToken))
        {
            await writer.WriteLineAsync(DynamoJson.ExportLine(item).AsMemory(), cancellationToken);
            checksum.Add(item);
        }

        return checksum;
    }

    /// <summary>The count and fingerprint of every item of <paramref name="tableName"/>.</summary>
    public static async Task<ItemSetChecksum> ChecksumAsync(IAmazonDynamoDB dynamoDb, string tableName, CancellationToken cancellationToken)
    {
        var checksum = new ItemSetChecksum();
        await foreach (var item in ItemsAsync(dynamoDb, tableName, cancellationToken))
        {
            checksum.Add(item);
        }

        return checksum;
    }
}

using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Seed;

/// <summary>
/// Creates the shop table on the local engine when it is missing, with TTL on, as the CDK app does on AWS. A table
/// made by an older stack gets every index it lacks (UpdateTable), so an old <c>.local</c> folder keeps working.
/// </summary>
public sealed class ShopTableProvisioner(IAmazonDynamoDB dynamoDb, ILogger<ShopTableProvisioner> logger)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    public async Task EnsureTableAsync(string tableName, CancellationToken cancellationToken)
    {
        var table = await DescribeAsync(tableName, cancellationToken);
        if (table is null)
        {
            try
            {
                await dynamoDb.CreateTableAsync(ShopTable.CreateTableRequest(tableName), cancellationToken);
                logger.TableCreated(tableName);
            }
            catch (ResourceInUseException)
            {
                // Created by another start meanwhile.
            }
        }
        else
        {
            await AddMissingIndexesAsync(table, cancellationToken);
            await EnableStreamAsync(table, cancellationToken);
        }

        var ttl = await dynamoDb.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = tableName }, cancellationToken);
        if (ttl.TimeToLiveDescription?.TimeToLiveStatus != TimeToLiveStatus.ENABLED)
        {
            await dynamoDb.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest
            {
                TableName = tableName,
                TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = ShopTable.TimeToLive, Enabled = true },
            }, cancellationToken);
        }
    }

    /// <summary>Creates the Powertools-layout idempotency table with TTL on <c>expiration</c>, as the CDK app does.</summary>
    public async Task EnsureIdempotencyTableAsync(string tableName, CancellationToken cancellationToken)
    {
        if (await DescribeAsync(tableName, cancellationToken) is null)
        {
            try
            {
                await dynamoDb.CreateTableAsync(GitGoods.Adapters.Idempotency.IdempotencyTable.CreateTableRequest(tableName), cancellationToken);
                logger.TableCreated(tableName);
            }
            catch (ResourceInUseException)
            {
                // Created by another start meanwhile.
            }
        }

        var ttl = await dynamoDb.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = tableName }, cancellationToken);
        if (ttl.TimeToLiveDescription?.TimeToLiveStatus != TimeToLiveStatus.ENABLED)
        {
            await dynamoDb.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest
            {
                TableName = tableName,
                TimeToLiveSpecification = new TimeToLiveSpecification
                {
                    AttributeName = GitGoods.Adapters.Idempotency.IdempotencyTable.TimeToLive, Enabled = true,
                },
            }, cancellationToken);
        }
    }

    /// <summary>A table made before the sales rollups has no stream: turn it on (new and old images), as the CDK app has it.</summary>
    private async Task EnableStreamAsync(TableDescription table, CancellationToken cancellationToken)
    {
        if (table.StreamSpecification?.StreamEnabled == true)
        {
            return;
        }

        await dynamoDb.UpdateTableAsync(new UpdateTableRequest { TableName = table.TableName, StreamSpecification = ShopTable.Stream }, cancellationToken);
        logger.StreamEnabled(table.TableName);
    }

    // One index per UpdateTable call, as DynamoDB allows; each must be ACTIVE before the next change and before use.
    private async Task AddMissingIndexesAsync(TableDescription table, CancellationToken cancellationToken)
    {
        var wanted = ShopTable.CreateTableRequest(table.TableName);
        var existing = (table.GlobalSecondaryIndexes ?? []).Select(i => i.IndexName).ToHashSet(StringComparer.Ordinal);
        foreach (var index in wanted.GlobalSecondaryIndexes.Where(i => !existing.Contains(i.IndexName)))
        {
            var keys = index.KeySchema.Select(k => k.AttributeName).ToHashSet(StringComparer.Ordinal);
            await dynamoDb.UpdateTableAsync(new UpdateTableRequest
            {
                TableName = table.TableName,
                AttributeDefinitions = [.. wanted.AttributeDefinitions.Where(a => keys.Contains(a.AttributeName))],
                GlobalSecondaryIndexUpdates =
                [
                    new GlobalSecondaryIndexUpdate
                    {
                        Create = new CreateGlobalSecondaryIndexAction
                        {
                            IndexName = index.IndexName, KeySchema = index.KeySchema, Projection = index.Projection,
                        },
                    },
                ],
            }, cancellationToken);
            logger.IndexAdded(index.IndexName, table.TableName);
            await WaitUntilActiveAsync(table.TableName, index.IndexName, cancellationToken);
        }
    }

    private async Task WaitUntilActiveAsync(string tableName, string indexName, CancellationToken cancellationToken)
    {
        while (true)
        {
            var table = await DescribeAsync(tableName, cancellationToken);
            var index = table?.GlobalSecondaryIndexes?.FirstOrDefault(i => string.Equals(i.IndexName, indexName, StringComparison.Ordinal));
            if (table?.TableStatus == TableStatus.ACTIVE && index?.IndexStatus == IndexStatus.ACTIVE)
            {
                return;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private async Task<TableDescription?> DescribeAsync(string tableName, CancellationToken cancellationToken)
    {
        try
        {
            return (await dynamoDb.DescribeTableAsync(tableName, cancellationToken)).Table;
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
    }
}

using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace GitGoods.LocalEnvironment.Restore;

/// <summary>
/// Makes an empty table shaped like another (DescribeTable → CreateTable): the same key schema, attribute definitions,
/// global and local secondary indexes with their projections, and billing mode; time to live is copied separately
/// (<see cref="CopyTimeToLiveAsync"/>). Like a DynamoDB restore, it leaves the stream off: a restored table feeds no
/// consumer until someone decides it should.
/// </summary>
public static class TableShape
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>The CreateTable request for a table named <paramref name="name"/> shaped like <paramref name="source"/>.</summary>
    public static CreateTableRequest CreateRequestLike(TableDescription source, string name)
    {
        ArgumentNullException.ThrowIfNull(source);
        var provisioned = source.BillingModeSummary?.BillingMode == BillingMode.PROVISIONED
            || (source.BillingModeSummary is null && source.ProvisionedThroughput?.ReadCapacityUnits > 0);
        return new CreateTableRequest
        {
            TableName = name,
            AttributeDefinitions = [.. source.AttributeDefinitions],
            KeySchema = [.. source.KeySchema],
            BillingMode = provisioned ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST,
            ProvisionedThroughput = provisioned ? Throughput(source.ProvisionedThroughput) : null,
            GlobalSecondaryIndexes = source.GlobalSecondaryIndexes is { Count: > 0 } globals
                ? [.. globals.Select(i => new GlobalSecondaryIndex
                {
                    IndexName = i.IndexName,
                    KeySchema = [.. i.KeySchema],
                    Projection = Copy(i.Projection),
                    ProvisionedThroughput = provisioned ? Throughput(i.ProvisionedThroughput) : null,
                })]
                : null,
            LocalSecondaryIndexes = source.LocalSecondaryIndexes is { Count: > 0 } locals
                ? [.. locals.Select(i => new LocalSecondaryIndex { IndexName = i.IndexName, KeySchema = [.. i.KeySchema], Projection = Copy(i.Projection) })]
                : null,
        };
    }

    /// <summary>Creates the table and returns once it and its indexes are ACTIVE.</summary>
    public static async Task CreateLikeAsync(
        IAmazonDynamoDB dynamoDb, TableDescription source, string name, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dynamoDb);
        await dynamoDb.CreateTableAsync(CreateRequestLike(source, name), cancellationToken);
        while (true)
        {
            var table = (await dynamoDb.DescribeTableAsync(name, cancellationToken)).Table;
            if (table.TableStatus == TableStatus.ACTIVE && (table.GlobalSecondaryIndexes ?? []).All(i => i.IndexStatus == IndexStatus.ACTIVE))
            {
                return;
            }

            await Task.Delay(PollInterval, time, cancellationToken);
        }
    }

    /// <summary>Turns on time to live on <paramref name="targetName"/> when <paramref name="sourceName"/> has it, on the same attribute.</summary>
    /// <returns>The attribute, or null when the source has no time to live.</returns>
    public static async Task<string?> CopyTimeToLiveAsync(
        IAmazonDynamoDB dynamoDb, string sourceName, string targetName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dynamoDb);
        var ttl = (await dynamoDb.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = sourceName }, cancellationToken))
            .TimeToLiveDescription;
        if (ttl?.TimeToLiveStatus != TimeToLiveStatus.ENABLED || ttl.AttributeName is null)
        {
            return null;
        }

        await dynamoDb.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest
        {
            TableName = targetName,
            TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = ttl.AttributeName, Enabled = true },
        }, cancellationToken);
        return ttl.AttributeName;
    }

    private static Projection Copy(Projection projection) => new()
    {
        ProjectionType = projection.ProjectionType,
        NonKeyAttributes = projection.NonKeyAttributes is { Count: > 0 } names ? [.. names] : null,
    };

    private static ProvisionedThroughput Throughput(ProvisionedThroughputDescription? throughput) => new()
    {
        ReadCapacityUnits = Math.Max(throughput?.ReadCapacityUnits ?? 1, 1),
        WriteCapacityUnits = Math.Max(throughput?.WriteCapacityUnits ?? 1, 1),
    };
}

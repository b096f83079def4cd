using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalStack.Seed;

/// <summary>Creates the shop table on the local engine when it is missing, with TTL on, as the CDK app does on AWS.</summary>
public sealed class ShopTableProvisioner(IAmazonDynamoDB dynamoDb, ILogger<ShopTableProvisioner> logger)
{
    public async Task EnsureTableAsync(string tableName, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(tableName, cancellationToken))
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

    private async Task<bool> ExistsAsync(string tableName, CancellationToken cancellationToken)
    {
        try
        {
            await dynamoDb.DescribeTableAsync(tableName, cancellationToken);
            return true;
        }
        catch (ResourceNotFoundException)
        {
            return false;
        }
    }
}

using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Operations;

namespace GitGoods.Adapters.Resilience.Readiness;

/// <summary>
/// The shop table answers: one eventually consistent GetItem of a fixed key that never exists (half a read unit, and a
/// data-plane call, unlike DescribeTable's control-plane quota).
/// </summary>
public sealed class TableCheck(IAmazonDynamoDB dynamoDb, string tableName) : IDependencyCheck
{
    public const string Key = "HEALTH#READY";

    public string Name => "table";

    public async Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = tableName,
            Key = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
            {
                [ShopTable.PartitionKey] = new() { S = Key },
                [ShopTable.SortKey] = new() { S = Key },
            },
            ProjectionExpression = ShopTable.PartitionKey,
        }, cancellationToken);
        return null;
    }
}

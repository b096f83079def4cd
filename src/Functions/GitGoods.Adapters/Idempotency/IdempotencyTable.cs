using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace GitGoods.Adapters.Idempotency;

/// <summary>
/// The idempotency table, in the layout of Powertools for AWS Lambda so operators find what they know: partition key
/// <c>id</c>, TTL attribute <c>expiration</c>. Shared by the CDK app and the local environment so both build the same table.
/// </summary>
public static class IdempotencyTable
{
    public const string PartitionKey = "id";
    public const string TimeToLive = "expiration";

    /// <summary>The request that creates the table on DynamoDB Local (the CDK app builds the same, with TTL on <see cref="TimeToLive"/>).</summary>
    public static CreateTableRequest CreateTableRequest(string name) => new()
    {
        TableName = name,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        AttributeDefinitions = [new AttributeDefinition(PartitionKey, ScalarAttributeType.S)],
        KeySchema = [new KeySchemaElement(PartitionKey, KeyType.HASH)],
    };
}

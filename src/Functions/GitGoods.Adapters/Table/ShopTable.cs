using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace GitGoods.Adapters.Table;

/// <summary>
/// The single DynamoDB table's key schema, shared by the CDK app and the local environment so both build the same table.
/// docs/data-model.md lists every item type and access pattern.
/// </summary>
public static class ShopTable
{
    public const string PartitionKey = "PK";
    public const string SortKey = "SK";
    public const string Gsi1 = "GSI1";
    public const string Gsi1PartitionKey = "GSI1PK";
    public const string Gsi1SortKey = "GSI1SK";
    public const string Gsi2 = "GSI2";
    public const string Gsi2PartitionKey = "GSI2PK";
    public const string Gsi2SortKey = "GSI2SK";
    public const string Gsi3 = "GSI3";
    public const string Gsi3PartitionKey = "GSI3PK";
    public const string Gsi3SortKey = "GSI3SK";
    public const string TimeToLive = "expiresAtEpoch";

    /// <summary>The table's stream: new and old images (docs/decisions/0019-sales-rollups.md).</summary>
    public static StreamSpecification Stream => new() { StreamEnabled = true, StreamViewType = StreamViewType.NEW_AND_OLD_IMAGES };

    /// <summary>The request that creates the table on DynamoDB Local (the CDK app builds the same with TableV2).</summary>
    public static CreateTableRequest CreateTableRequest(string tableName) => new()
    {
        TableName = tableName,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        AttributeDefinitions =
        [
            new AttributeDefinition(PartitionKey, ScalarAttributeType.S),
            new AttributeDefinition(SortKey, ScalarAttributeType.S),
            new AttributeDefinition(Gsi1PartitionKey, ScalarAttributeType.S),
            new AttributeDefinition(Gsi1SortKey, ScalarAttributeType.S),
            new AttributeDefinition(Gsi2PartitionKey, ScalarAttributeType.S),
            new AttributeDefinition(Gsi2SortKey, ScalarAttributeType.S),
            new AttributeDefinition(Gsi3PartitionKey, ScalarAttributeType.S),
            new AttributeDefinition(Gsi3SortKey, ScalarAttributeType.S),
        ],
        KeySchema = [new KeySchemaElement(PartitionKey, KeyType.HASH), new KeySchemaElement(SortKey, KeyType.RANGE)],
        // Order changes feed the stream consumers (the sales rollups): both images, so a consumer sees before and after.
        StreamSpecification = Stream,
        GlobalSecondaryIndexes =
        [
            new GlobalSecondaryIndex
            {
                IndexName = Gsi1,
                KeySchema = [new KeySchemaElement(Gsi1PartitionKey, KeyType.HASH), new KeySchemaElement(Gsi1SortKey, KeyType.RANGE)],
                Projection = new Projection { ProjectionType = ProjectionType.ALL },
            },
            new GlobalSecondaryIndex
            {
                IndexName = Gsi2,
                KeySchema = [new KeySchemaElement(Gsi2PartitionKey, KeyType.HASH), new KeySchemaElement(Gsi2SortKey, KeyType.RANGE)],
                Projection = new Projection { ProjectionType = ProjectionType.ALL },
            },
            new GlobalSecondaryIndex
            {
                IndexName = Gsi3,
                KeySchema = [new KeySchemaElement(Gsi3PartitionKey, KeyType.HASH), new KeySchemaElement(Gsi3SortKey, KeyType.RANGE)],
                Projection = new Projection { ProjectionType = ProjectionType.ALL },
            },
        ],
    };
}

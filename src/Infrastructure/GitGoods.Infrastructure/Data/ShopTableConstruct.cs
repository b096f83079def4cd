using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;

using Constructs;

using GitGoods.Adapters.Table;

using DynamoAttribute = Amazon.CDK.AWS.DynamoDB.Attribute;

namespace GitGoods.Infrastructure.Data;

/// <summary>
/// The single shop table. Key names come from <see cref="ShopTable"/>, the same constants the local environment
/// uses to create its table on DynamoDB Local, so both build the same schema.
/// </summary>
public sealed class ShopTableConstruct : Construct
{
    public ShopTableConstruct(Construct scope, string id)
        : base(scope, id)
    {
        Table = new TableV2(this, "ShopTable", new TablePropsV2
        {
            PartitionKey = StringKey(ShopTable.PartitionKey),
            SortKey = StringKey(ShopTable.SortKey),
            GlobalSecondaryIndexes =
            [
                new GlobalSecondaryIndexPropsV2
                {
                    IndexName = ShopTable.Gsi1,
                    PartitionKey = StringKey(ShopTable.Gsi1PartitionKey),
                    SortKey = StringKey(ShopTable.Gsi1SortKey),
                    ProjectionType = ProjectionType.ALL,
                },
                new GlobalSecondaryIndexPropsV2
                {
                    IndexName = ShopTable.Gsi2,
                    PartitionKey = StringKey(ShopTable.Gsi2PartitionKey),
                    SortKey = StringKey(ShopTable.Gsi2SortKey),
                    ProjectionType = ProjectionType.ALL,
                },
                new GlobalSecondaryIndexPropsV2
                {
                    IndexName = ShopTable.Gsi3,
                    PartitionKey = StringKey(ShopTable.Gsi3PartitionKey),
                    SortKey = StringKey(ShopTable.Gsi3SortKey),
                    ProjectionType = ProjectionType.ALL,
                },
            ],
            Billing = Billing.OnDemand(),
            // Order changes flow out to the sales rollups and the analytics lake (docs/analytics.md).
            DynamoStream = StreamViewType.NEW_AND_OLD_IMAGES,
            PointInTimeRecoverySpecification = new PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled = true },
            TimeToLiveAttribute = ShopTable.TimeToLive,
            DeletionProtection = true,
            RemovalPolicy = RemovalPolicy.RETAIN,
            Encryption = TableEncryptionV2.AwsManagedKey(),
        });
    }

    public TableV2 Table { get; }

    private static DynamoAttribute StringKey(string name) => new() { Name = name, Type = AttributeType.STRING };
}

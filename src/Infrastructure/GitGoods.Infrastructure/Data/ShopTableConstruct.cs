using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;

using Constructs;

using GitGoods.Adapters.Table;

using DynamoAttribute = Amazon.CDK.AWS.DynamoDB.Attribute;

namespace GitGoods.Infrastructure.Data;

/// <summary>
/// The single shop table. Key names come from <see cref="ShopTable"/>, the same constants the local environment
/// uses to create its table on DynamoDB Local, so both build the same schema. With a standby region it is a global
/// table (AWS::DynamoDB::GlobalTable) with a replica there: writes in either region reach the other within about a
/// second, and the standby stack runs on its replica (<see cref="ReplicaIn"/>).
/// </summary>
public sealed class ShopTableConstruct : Construct
{
    /// <param name="replicaRegion">The standby region to replicate to; null for a single-region table.</param>
    public ShopTableConstruct(Construct scope, string id, string? replicaRegion = null)
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
            Replicas = ReplicaTables.In(replicaRegion),
        });
    }

    public TableV2 Table { get; }

    /// <summary>The table as seen from <paramref name="region"/>: the primary or a replica (same name, that region's ARN and stream).</summary>
    public ITableV2 ReplicaIn(string region) => Table.Replica(region);

    private static DynamoAttribute StringKey(string name) => new() { Name = name, Type = AttributeType.STRING };
}

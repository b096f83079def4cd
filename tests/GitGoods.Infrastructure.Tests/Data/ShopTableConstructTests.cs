using Amazon.CDK.Assertions;

using GitGoods.Adapters.Table;

using static GitGoods.Infrastructure.Tests.Cfn;

namespace GitGoods.Infrastructure.Tests.Data;

[Collection(SharedSynthesis.Name)]
public sealed class ShopTableConstructTests(SynthesizedGitGoods stack)
{
    private const string GlobalTable = "AWS::DynamoDB::GlobalTable";

    [Fact]
    public void Table_HasTheShopTableKeysAsStrings()
    {
        stack.Template.HasResourceProperties(GlobalTable, Props(
            ("KeySchema", new object[] { Key(ShopTable.PartitionKey, "HASH"), Key(ShopTable.SortKey, "RANGE") }),
            ("AttributeDefinitions", Match.ArrayEquals(
            [
                Attr(ShopTable.PartitionKey), Attr(ShopTable.SortKey), Attr(ShopTable.Gsi1PartitionKey), Attr(ShopTable.Gsi1SortKey),
                Attr(ShopTable.Gsi2PartitionKey), Attr(ShopTable.Gsi2SortKey), Attr(ShopTable.Gsi3PartitionKey), Attr(ShopTable.Gsi3SortKey),
            ]))));
    }

    [Fact]
    public void Table_HasGsi1Gsi2AndGsi3ProjectingAllAttributes()
    {
        stack.Template.HasResourceProperties(GlobalTable, Props(
            ("GlobalSecondaryIndexes", new object[]
            {
                Index(ShopTable.Gsi1, ShopTable.Gsi1PartitionKey, ShopTable.Gsi1SortKey),
                Index(ShopTable.Gsi2, ShopTable.Gsi2PartitionKey, ShopTable.Gsi2SortKey),
                Index(ShopTable.Gsi3, ShopTable.Gsi3PartitionKey, ShopTable.Gsi3SortKey),
            })));
    }

    [Fact]
    public void Table_IsOnDemandWithTtlAndAwsManagedEncryption()
    {
        stack.Template.HasResourceProperties(GlobalTable, Props(
            ("BillingMode", "PAY_PER_REQUEST"),
            ("TimeToLiveSpecification", Props(("AttributeName", ShopTable.TimeToLive), ("Enabled", true))),
            ("SSESpecification", Props(("SSEEnabled", true), ("SSEType", "KMS")))));
    }

    [Fact]
    public void Table_HasPointInTimeRecoveryAndDeletionProtection()
    {
        stack.Template.HasResourceProperties(GlobalTable, Props(
            ("Replicas", new object[]
            {
                Match.ObjectLike(Props(
                    ("PointInTimeRecoverySpecification", Props(("PointInTimeRecoveryEnabled", true))),
                    ("DeletionProtectionEnabled", true))),
            })));
    }

    [Fact]
    public void Table_IsRetainedWhenTheStackGoes()
    {
        stack.Template.HasResource(GlobalTable, Props(("DeletionPolicy", "Retain"), ("UpdateReplacePolicy", "Retain")));
    }

    [Fact]
    public void Tables_HaveNoHardCodedName()
    {
        // The shop table and the idempotency table.
        stack.Template.AllResourcesProperties(GlobalTable, Props(("TableName", Match.Absent())));
        stack.Template.ResourceCountIs(GlobalTable, 2);
    }

    private static Dictionary<string, object> Index(string name, string partitionKey, string sortKey) => Props(
        ("IndexName", name),
        ("KeySchema", new object[] { Key(partitionKey, "HASH"), Key(sortKey, "RANGE") }),
        ("Projection", Props(("ProjectionType", "ALL"))));

    private static Dictionary<string, object> Key(string name, string type) => Props(("AttributeName", name), ("KeyType", type));

    private static Dictionary<string, object> Attr(string name) => Props(("AttributeName", name), ("AttributeType", "S"));
}

using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;

namespace GitGoods.Adapters.Catalog;

/// <summary>One counter item per platform, kept in the same transaction as the product writes that change it.</summary>
internal static class PlatformCountItem
{
    public const string Partition = "PLATFORMS";

    public static Dictionary<string, AttributeValue> KeyOf(string platform) => new(StringComparer.Ordinal)
    {
        [ShopTable.PartitionKey] = new(Partition),
        [ShopTable.SortKey] = new("PLATFORM#" + platform),
    };

    /// <summary>Adds <paramref name="delta"/> ACTIVE products to the platform's count.</summary>
    public static Update Increment(string tableName, string platform, int delta) => new()
    {
        TableName = tableName,
        Key = KeyOf(platform),
        UpdateExpression = "SET platform = :platform ADD #count :delta",
        ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["#count"] = "count" },
        ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [":platform"] = new(platform),
            [":delta"] = ItemValues.Number(delta),
        },
    };
}

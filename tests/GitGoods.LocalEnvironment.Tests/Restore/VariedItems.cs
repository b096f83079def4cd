using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;

namespace GitGoods.LocalEnvironment.Tests.Restore;

/// <summary>
/// Items of the shop table's shape holding every DynamoDB type — string, number, binary, the three sets, nested maps
/// and lists, booleans and nulls — with GSI keys on some of them, for the restore drill's tests.
/// </summary>
internal static class VariedItems
{
    /// <summary>More than one BatchWriteItem (25) and more than one of its batches, with a partial last batch.</summary>
    public const int Count = 61;

    public static Dictionary<string, AttributeValue> Item(int i)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        var item = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [ShopTable.PartitionKey] = new($"ITEM#{n}"),
            [ShopTable.SortKey] = new("ITEM"),
            ["title"] = new($"Item {n} — ünïcødé ✓"),
            ["price"] = new() { N = (i * 100 + 99).ToString(CultureInfo.InvariantCulture) },
            ["ratio"] = new() { N = "0.125" },
            ["blob"] = new() { B = new MemoryStream([(byte)i, 0, 255, 42]) },
            ["tags"] = new() { SS = ["red", "green", $"tag-{n}"] },
            ["sizes"] = new() { NS = ["1", "2.5", (i + 10).ToString(CultureInfo.InvariantCulture)] },
            ["chunks"] = new() { BS = [new MemoryStream([1, 2, 3]), new MemoryStream([(byte)i])] },
            ["details"] = new()
            {
                M = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
                {
                    ["platform"] = new("PC"),
                    ["stock"] = new() { N = n },
                    ["nested"] = new() { M = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { ["deep"] = new() { BOOL = true } } },
                },
            },
            ["history"] = new() { L = [new("PLACED"), new() { N = n }, new() { NULL = true }, new() { L = [] }] },
            ["active"] = new() { BOOL = i % 2 == 0 },
            ["nothing"] = new() { NULL = true },
        };
        if (i % 3 == 0)
        {
            item[ShopTable.Gsi1PartitionKey] = new("CATALOG#ACTIVE");
            item[ShopTable.Gsi1SortKey] = new($"2026-01-01T00:00:00Z#{n}");
        }

        return item;
    }

    public static async Task PutAllAsync(IAmazonDynamoDB dynamoDb, string table)
    {
        for (var i = 0; i < Count; i++)
        {
            await dynamoDb.PutItemAsync(table, Item(i));
        }
    }
}

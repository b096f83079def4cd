using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Catalog;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Seed;

/// <summary>
/// Seeds the demo catalogue once. A marker item, written last with a conditional put, says the seed is complete:
/// a restart skips seeding, and a run that stopped half way resumes, because product ids are fixed and a product
/// that exists already is simply skipped (each product and its platform count are written in one transaction).
/// Bumping the marker's version reseeds; v2 first removes the v1 products (see <see cref="LegacySellerMigration"/>).
/// </summary>
public sealed class CatalogSeeder(IAmazonDynamoDB dynamoDb, IProductWriter writer, TimeProvider time, ILogger<CatalogSeeder> logger)
{
    public const string MarkerPartition = "SEED";
    /// <summary>v2: the products belong to the demo seller's sub (v1: <c>seller-demo</c>, migrated on the way).</summary>
    public const string MarkerSort = "catalog#v2";

    /// <summary>Seeds <paramref name="games"/> into <paramref name="tableName"/> unless done before; returns the products added.</summary>
    public async Task<int> SeedAsync(string tableName, IReadOnlyList<SeedGame> games, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(games);
        var marker = await dynamoDb.GetItemAsync(new GetItemRequest { TableName = tableName, Key = MarkerKey(), ConsistentRead = true },
            cancellationToken);
        if (marker.IsItemSet && marker.Item.Count > 0)
        {
            logger.SeedSkipped(tableName);
            return 0;
        }

        var migrated = await new LegacySellerMigration(dynamoDb).RemoveLegacyProductsAsync(tableName, games, cancellationToken);
        if (migrated > 0)
        {
            logger.SellerMigrated(migrated);
        }

        var now = time.GetUtcNow();
        var added = 0;
        foreach (var game in games)
        {
            try
            {
                await writer.AddAsync(game.ToProduct(now), cancellationToken);
                added++;
            }
            catch (InvalidOperationException)
            {
                // Added by an earlier, interrupted run.
            }
        }

        await WriteMarkerAsync(tableName, now, cancellationToken);
        logger.Seeded(added, tableName);
        return added;
    }

    private async Task WriteMarkerAsync(string tableName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var item = MarkerKey();
        item["seededAt"] = new AttributeValue(now.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            await dynamoDb.PutItemAsync(new PutItemRequest
            {
                TableName = tableName,
                Item = item,
                ConditionExpression = "attribute_not_exists(PK)",
            }, cancellationToken);
        }
        catch (ConditionalCheckFailedException)
        {
            // Another start finished the same seed first.
        }
    }

    private static Dictionary<string, AttributeValue> MarkerKey() => new(StringComparer.Ordinal)
    {
        [ShopTable.PartitionKey] = new(MarkerPartition),
        [ShopTable.SortKey] = new(MarkerSort),
    };
}

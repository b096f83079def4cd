using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Catalog.Platforms;

namespace GitGoods.Adapters.Catalog;

/// <summary>
/// Rewrites each product whose platform is an alias or another spelling of a managed platform ("Switch",
/// "nintendo switch") to the managed name, through the product writer: the version goes up (a seller's stale ETag then
/// gets 412, never a silent overwrite) and the platform counts move in the same transaction. A platform that stands for
/// no managed name is reported, never changed; nothing is deleted. Running it again changes nothing (decision 0033).
/// </summary>
public sealed class PlatformMigration(IAmazonDynamoDB dynamoDb, string tableName)
{
    private readonly DynamoProductWriter _writer = new(dynamoDb, tableName);

    /// <summary>Scans every product (any status); with <paramref name="dryRun"/> reports what it would change and writes nothing.</summary>
    public async Task<PlatformMigrationReport> RunAsync(ManagedPlatforms platforms, IReadOnlyDictionary<string, string>? extraAliases,
        bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(platforms);
        var report = new PlatformMigrationReport();
        Dictionary<string, AttributeValue>? startKey = null;
        do
        {
            var page = await dynamoDb.ScanAsync(new ScanRequest
            {
                TableName = tableName,
                ConsistentRead = true,
                FilterExpression = "#sk = :product AND begins_with(#pk, :prefix)",
                ExpressionAttributeNames = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["#pk"] = ShopTable.PartitionKey,
                    ["#sk"] = ShopTable.SortKey,
                },
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
                {
                    [":product"] = new(ProductItem.ProductSortKey),
                    [":prefix"] = new(ProductItem.PartitionKeyOf("")),
                },
                ExclusiveStartKey = startKey,
            }, cancellationToken);
            foreach (var item in page.Items ?? [])
            {
                await MigrateAsync(ProductItem.FromItem(item), platforms, extraAliases, dryRun, report, cancellationToken);
            }

            startKey = page.LastEvaluatedKey is { Count: > 0 } ? page.LastEvaluatedKey : null;
        }
        while (startKey is not null);

        return report;
    }

    private async Task MigrateAsync(Product before, ManagedPlatforms platforms, IReadOnlyDictionary<string, string>? extraAliases,
        bool dryRun, PlatformMigrationReport report, CancellationToken cancellationToken)
    {
        report.Scanned++;
        if (platforms.Contains(before.Platform))
        {
            return;
        }

        if (platforms.Canonical(before.Platform, extraAliases) is not { } canonical)
        {
            report.Unmapped.Add(new PlatformChange(before.Id, before.Platform, null));
            return;
        }

        var change = new PlatformChange(before.Id, before.Platform, canonical);
        if (dryRun)
        {
            report.Rewritten.Add(change);
            return;
        }

        var after = Product.Create(before.Id, before.Title, canonical, before.Description, before.Price, before.Stock, before.Images,
            before.SellerId, before.Status, before.CreatedAt, before.UpdatedAt, before.Version + 1);
        if (await _writer.ReplaceAsync(before, after, cancellationToken))
        {
            report.Rewritten.Add(change);
        }
        else
        {
            // A seller changed it between the scan and the write: the next run sees the new version.
            report.ChangedMeanwhile.Add(change);
        }
    }
}

/// <summary>One product's platform: the value found and the managed name it became (null: none, reported only).</summary>
public sealed record PlatformChange(string ProductId, string From, string? To);

/// <summary>What a <see cref="PlatformMigration"/> run found and did.</summary>
public sealed class PlatformMigrationReport
{
    public int Scanned { get; set; }

    /// <summary>Products rewritten to a managed name (with a dry run: those that would be).</summary>
    public IList<PlatformChange> Rewritten { get; } = [];

    /// <summary>Products whose platform stands for no managed name: left as they are, for a person to decide.</summary>
    public IList<PlatformChange> Unmapped { get; } = [];

    /// <summary>Products a seller changed during the run: not written; run the migration again.</summary>
    public IList<PlatformChange> ChangedMeanwhile { get; } = [];
}

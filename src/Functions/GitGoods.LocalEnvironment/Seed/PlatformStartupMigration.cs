using Amazon.DynamoDBv2;
using GitGoods.Adapters.Catalog;
using GitGoods.Domain.Catalog.Platforms;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Seed;

/// <summary>
/// On every start, after the seed: products whose platform is an alias of a managed one ("Switch") get the managed name,
/// with their counts (<see cref="PlatformMigration"/>, decision 0033); any platform that maps to none is logged and kept.
/// A table already migrated is only read. On AWS the operator runs the same migration (scripts/migrate-platforms.sh).
/// </summary>
public sealed class PlatformStartupMigration(IAmazonDynamoDB dynamoDb, ILogger<PlatformStartupMigration> logger)
{
    public async Task<PlatformMigrationReport> RunAsync(string tableName, ManagedPlatforms platforms, CancellationToken cancellationToken)
    {
        var report = await new PlatformMigration(dynamoDb, tableName).RunAsync(platforms, null, dryRun: false, cancellationToken);
        if (report.Rewritten.Count > 0)
        {
            logger.PlatformsRewritten(report.Rewritten.Count);
        }

        foreach (var unmapped in report.Unmapped)
        {
            logger.PlatformUnmapped(unmapped.ProductId, unmapped.From);
        }

        return report;
    }
}

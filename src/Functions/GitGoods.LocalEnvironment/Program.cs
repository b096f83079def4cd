using GitGoods.LocalEnvironment;
using GitGoods.LocalEnvironment.Analytics.Replay;
using GitGoods.LocalEnvironment.Restore;

// `analytics-replay`: sample CodePipeline events through the delivery-metrics function, then every named query on DuckDB.
if (args is [AnalyticsReplayCommand.Name, .. var replayArgs])
{
    return await AnalyticsReplayCommand.RunAsync(replayArgs, Console.Out, CancellationToken.None);
}

// `restore-drill`: export the local tables, restore them into new tables and verify them (scripts/restore-drill.sh).
if (args is [RestoreDrillCommand.Name, .. var drillArgs])
{
    return await RestoreDrillCommand.RunAsync(drillArgs, Console.Out);
}

// `migrate-platforms`: aliased platforms of a shop table (local or on AWS) to their managed names (scripts/migrate-platforms.sh).
if (args is [GitGoods.LocalEnvironment.Platforms.MigratePlatformsCommand.Name, .. var migrateArgs])
{
    return await GitGoods.LocalEnvironment.Platforms.MigratePlatformsCommand.RunAsync(
        migrateArgs, Environment.GetEnvironmentVariable("SHOP_PLATFORMS"), Console.Out, CancellationToken.None);
}

// The whole shop on one machine: API Gateway stand-in, DynamoDB Local, demo data. See docs/local-environment.md.
var builder = WebApplication.CreateBuilder(args);
builder.AddLocalEnvironment(args);

var app = builder.Build();
app.MapLocalEnvironment();

await app.RunAsync();
return 0;

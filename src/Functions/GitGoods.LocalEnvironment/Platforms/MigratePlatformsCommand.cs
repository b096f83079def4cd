using Amazon.DynamoDBv2;
using Amazon.Runtime;
using GitGoods.Adapters.Catalog;
using GitGoods.Domain.Catalog.Platforms;

namespace GitGoods.LocalEnvironment.Platforms;

/// <summary>
/// <c>migrate-platforms --table-name &lt;table&gt; [--region &lt;region&gt;] [--dynamodb-endpoint &lt;url&gt;] [--platforms "A,B"]
/// [--alias "Old=New"]… [--dry-run]</c> (scripts/migrate-platforms.sh): gives every product of a shop table whose platform
/// is an alias or another spelling of a managed platform the managed name, moving its count, and lists the products whose
/// platform maps to none (left as they are). Without <c>--dynamodb-endpoint</c> it talks to DynamoDB in the region with the
/// AWS SDK's usual credentials (an operator's profile or role). <c>--platforms</c> defaults to <c>SHOP_PLATFORMS</c>, else
/// the default list: give it the list the stack was deployed with. Exit code 0 when every product now has a managed
/// platform, 1 when some were reported, 2 for bad arguments. Nothing is ever deleted; a second run changes nothing.
/// </summary>
public static class MigratePlatformsCommand
{
    public const string Name = "migrate-platforms";

    private const string Usage =
        "usage: migrate-platforms --table-name <table> [--region <region>] [--dynamodb-endpoint <url>] [--platforms \"A,B\"] "
        + "[--alias \"Old=New\"]... [--dry-run]";

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, string? configuredPlatforms, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        MigratePlatformsArguments parsed;
        try
        {
            parsed = MigratePlatformsArguments.Parse(args, configuredPlatforms);
        }
        catch (ArgumentException e)
        {
            await output.WriteLineAsync(e.Message);
            await output.WriteLineAsync(Usage);
            return 2;
        }

        using var client = Client(parsed);
        var report = await new PlatformMigration(client, parsed.TableName).RunAsync(parsed.Platforms, parsed.Aliases, parsed.DryRun, cancellationToken);
        await WriteAsync(output, report, parsed);
        return report.Unmapped.Count == 0 && report.ChangedMeanwhile.Count == 0 ? 0 : 1;
    }

    private static AmazonDynamoDBClient Client(MigratePlatformsArguments parsed)
    {
        var config = new AmazonDynamoDBConfig { RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(parsed.Region) };
        if (parsed.Endpoint is null)
        {
            return new AmazonDynamoDBClient(config);
        }

        // DynamoDB Local accepts any credentials; never look for real ones to talk to it.
        config.ServiceURL = parsed.Endpoint.ToString();
        return new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"), config);
    }

    private static async Task WriteAsync(TextWriter output, PlatformMigrationReport report, MigratePlatformsArguments parsed)
    {
        var verb = parsed.DryRun ? "would rewrite" : "rewrote";
        await output.WriteLineAsync($"managed platforms: {parsed.Platforms}");
        foreach (var change in report.Rewritten)
        {
            await output.WriteLineAsync($"{verb} {change.ProductId}: '{change.From}' -> '{change.To}'");
        }

        foreach (var change in report.Unmapped)
        {
            await output.WriteLineAsync($"unmapped {change.ProductId}: '{change.From}' (left as it is; add --alias \"{change.From}=<managed name>\" or edit it)");
        }

        foreach (var change in report.ChangedMeanwhile)
        {
            await output.WriteLineAsync($"changed meanwhile {change.ProductId}: '{change.From}' (not written; run again)");
        }

        await output.WriteLineAsync(
            $"scanned {report.Scanned} products in {parsed.TableName}: {verb} {report.Rewritten.Count}, unmapped {report.Unmapped.Count}, "
            + $"changed meanwhile {report.ChangedMeanwhile.Count}{(parsed.DryRun ? " (dry run: nothing written)" : "")}");
    }
}

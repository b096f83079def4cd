using GitGoods.Domain.Catalog.Platforms;

namespace GitGoods.LocalEnvironment.Platforms;

/// <summary>The parsed arguments of <see cref="MigratePlatformsCommand"/>.</summary>
public sealed record MigratePlatformsArguments(string TableName, string Region, Uri? Endpoint, ManagedPlatforms Platforms,
    IReadOnlyDictionary<string, string> Aliases, bool DryRun)
{
    public const string DefaultRegion = "ap-southeast-1";

    /// <exception cref="ArgumentException">When an argument is missing, unknown or malformed; the message says which.</exception>
    public static MigratePlatformsArguments Parse(IReadOnlyList<string> args, string? configuredPlatforms)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? table = null, region = null, endpoint = null, platforms = configuredPlatforms;
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var dryRun = false;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.", nameof(args));
            switch (args[i])
            {
                case "--table-name": table = Value(); break;
                case "--region": region = Value(); break;
                case "--dynamodb-endpoint": endpoint = Value(); break;
                case "--platforms": platforms = Value(); break;
                case "--alias": AddAlias(aliases, Value()); break;
                case "--dry-run": dryRun = true; break;
                default: throw new ArgumentException($"Unknown argument '{args[i]}'.", nameof(args));
            }
        }

        if (string.IsNullOrWhiteSpace(table))
        {
            throw new ArgumentException("--table-name is required: the shop table to migrate.", nameof(args));
        }

        Uri? uri = null;
        if (endpoint is not null && (!Uri.TryCreate(endpoint, UriKind.Absolute, out uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new ArgumentException($"--dynamodb-endpoint '{endpoint}' is not an http(s) URL.", nameof(args));
        }

        return new MigratePlatformsArguments(table.Trim(), string.IsNullOrWhiteSpace(region) ? DefaultRegion : region.Trim(), uri,
            ManagedPlatforms.Parse(platforms), aliases, dryRun);
    }

    private static void AddAlias(Dictionary<string, string> aliases, string alias)
    {
        var parts = alias.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts is not [{ Length: > 0 } from, { Length: > 0 } to])
        {
            throw new ArgumentException($"--alias must be \"Old=New\", not '{alias}'.", nameof(alias));
        }

        aliases[from] = to;
    }
}

using System.Globalization;
using GitGoods.Domain.Catalog.Platforms;
using Microsoft.Extensions.Configuration;

namespace GitGoods.LocalEnvironment.Configuration;

/// <summary>
/// The local environment's settings. Each comes from a command-line switch (<c>--state-dir</c>) or else an environment
/// variable (<c>GITGOODS_STATE_DIR</c>); docs/local-environment.md lists them all.
/// </summary>
public sealed record LocalEnvironmentOptions
{
    public const string DefaultUrl = "http://localhost:5080";
    public const string DefaultTableName = "GitGoods";
    public const string DefaultRegion = "ap-southeast-1";

    /// <summary>Where Kestrel listens: loopback addresses only.</summary>
    public string Urls { get; init; } = DefaultUrl;

    /// <summary>Holds the engine, its data and the pid file; default <c>&lt;repo root&gt;/.local</c>.</summary>
    public required string StateDirectory { get; init; }

    /// <summary>Where DynamoDBLocal.jar is installed; default <c>&lt;state&gt;/dynamodb-local</c>.</summary>
    public required string DynamoDbLocalDirectory { get; init; }

    /// <summary>An existing DynamoDB (Local) to use instead of starting the engine.</summary>
    public Uri? DynamoDbEndpoint { get; init; }

    /// <summary>The engine's port; 0 picks a free one.</summary>
    public int DynamoDbPort { get; init; }

    /// <summary>Keep data in memory only (nothing survives a restart).</summary>
    public bool DynamoDbInMemory { get; init; }

    public string TableName { get; init; } = DefaultTableName;

    public string Region { get; init; } = DefaultRegion;

    /// <summary>
    /// The built SPA (<c>npm --prefix src/Web run build</c>) served at <c>/</c>; default <c>&lt;repo root&gt;/src/Web/dist</c>.
    /// Until it holds an index.html the stack serves a placeholder page there.
    /// </summary>
    public required string WebRoot { get; init; }

    /// <summary>Sign-ups are confirmed at once (no code is sent locally); false leaves them for ConfirmSignUp.</summary>
    public bool IdentityAutoConfirm { get; init; } = true;

    /// <summary>The local user pool's signing key and users.</summary>
    public string IdentityDirectory => Path.Combine(StateDirectory, "identity");

    public string DataDirectory => Path.Combine(StateDirectory, "dynamodb-data");

    public string PidFile => Path.Combine(StateDirectory, "dynamodb-local.pid");

    /// <summary>The URL of the engine the stack started, for other local tools such as the restore drill.</summary>
    public string DynamoDbEndpointFile => Path.Combine(StateDirectory, "dynamodb-local.endpoint");

    /// <summary>An SQS endpoint to use instead of starting fauxqs (e.g. one a test shares).</summary>
    public Uri? SqsEndpoint { get; init; }

    /// <summary>Where fauxqs is installed (npm); shared between state folders.</summary>
    public required string FauxqsDirectory { get; init; }

    /// <summary>The order queue's visibility timeout: how long a failed order message waits before it is tried again.</summary>
    public int QueueVisibilitySeconds { get; init; } = 30;

    /// <summary>The WAF rate rule's local stand-in; default the WAF's numbers, <see cref="RateLimitOptions.Off"/> for tests and benchmarks.</summary>
    public RateLimitOptions RateLimit { get; init; } = RateLimitOptions.Waf;

    /// <summary>Compress responses as CloudFront does (Edge/CloudFrontCompression); <c>--compress false</c> serves them as the origin does.</summary>
    public bool Compress { get; init; } = true;

    public const string DefaultShopTimeZone = "Asia/Singapore";

    /// <summary>The shop's time zone (IANA id): the days of the sales rollups and reports (<c>--shop-time-zone</c>, <c>SHOP_TIME_ZONE</c>).</summary>
    public string ShopTimeZone { get; init; } = DefaultShopTimeZone;

    /// <summary>
    /// The managed platforms products may take (<c>--platforms</c>, <c>SHOP_PLATFORMS</c>: comma-separated; default
    /// <see cref="ManagedPlatforms.Default"/>): checked by the product functions, offered by the SPA (decision 0033).
    /// </summary>
    public ManagedPlatforms Platforms { get; init; } = ManagedPlatforms.Default;

    /// <summary>The Powertools-layout idempotency table beside the shop table.</summary>
    public string IdempotencyTableName => TableName + "-idempotency";

    /// <summary>The key ring standing in for KMS (owner-only file).</summary>
    public string PersonalDataKeyFile => Path.Combine(StateDirectory, "keys", "order-pii-keys.json");

    /// <summary>The folder standing in for the analytics bucket: the lake's files (<c>lake/{table}/dt=…/</c>) that DuckDB reads.</summary>
    public string AnalyticsDirectory => Path.Combine(StateDirectory, "analytics");

    /// <summary>Where the SMS and e-mails the stack would have sent are kept.</summary>
    public string OutboxDirectory => Path.Combine(StateDirectory, "outbox");

    public string FauxqsPidFile => Path.Combine(StateDirectory, "fauxqs.pid");

    /// <exception cref="InvalidOperationException">When a setting is malformed or a URL is not a loopback address.</exception>
    public static LocalEnvironmentOptions From(string[] args, IConfiguration configuration, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var commandLine = new ConfigurationBuilder().AddCommandLine(args ?? []).Build();
        string? Setting(string key, string variable) =>
            NullIfEmpty(commandLine[key]) ?? NullIfEmpty(configuration[variable]);

        var stateDirectory = Path.GetFullPath(
            Setting("state-dir", "GITGOODS_STATE_DIR") ?? Path.Combine(RepositoryRoot.Find(currentDirectory), ".local"));
        var urls = NullIfEmpty(commandLine["urls"]) ?? NullIfEmpty(configuration["GITGOODS_URL"]) ?? NullIfEmpty(configuration["urls"]) ?? DefaultUrl;
        LoopbackUrls.Require(urls);
        var endpoint = Setting("dynamodb-endpoint", "GITGOODS_DYNAMODB_ENDPOINT");
        var sqsEndpoint = Setting("sqs-endpoint", "GITGOODS_SQS_ENDPOINT");
        return new LocalEnvironmentOptions
        {
            Urls = urls,
            StateDirectory = stateDirectory,
            DynamoDbLocalDirectory = Path.GetFullPath(
                Setting("dynamodb-local-dir", "GITGOODS_DYNAMODB_LOCAL_DIR") ?? Path.Combine(stateDirectory, "dynamodb-local")),
            DynamoDbEndpoint = endpoint is null ? null : ParseUri(endpoint),
            DynamoDbPort = ParseInt(Setting("dynamodb-port", "GITGOODS_DYNAMODB_PORT") ?? "0", "dynamodb-port"),
            DynamoDbInMemory = ParseBool(Setting("dynamodb-in-memory", "GITGOODS_DYNAMODB_IN_MEMORY") ?? "false", "dynamodb-in-memory"),
            TableName = Setting("table-name", "GITGOODS_TABLE_NAME") ?? DefaultTableName,
            Region = Setting("region", "GITGOODS_REGION") ?? DefaultRegion,
            SqsEndpoint = sqsEndpoint is null ? null : ParseUri(sqsEndpoint),
            FauxqsDirectory = Path.GetFullPath(Setting("fauxqs-dir", "GITGOODS_FAUXQS_DIR") ?? Path.Combine(RepositoryRoot.Find(currentDirectory), ".local", "fauxqs")),
            QueueVisibilitySeconds = ParsePositive(Setting("queue-visibility-seconds", "GITGOODS_QUEUE_VISIBILITY_SECONDS") ?? "30", "queue-visibility-seconds"),
            WebRoot = Path.GetFullPath(Setting("web-root", "GITGOODS_WEB_ROOT") ?? Path.Combine(RepositoryRoot.Find(currentDirectory), "src", "Web", "dist")),
            IdentityAutoConfirm = ParseBool(Setting("identity-auto-confirm", "GITGOODS_IDENTITY_AUTO_CONFIRM") ?? "true", "identity-auto-confirm"),
            RateLimit = RateLimitOptions.From(Setting),
            Compress = ParseBool(Setting("compress", "GITGOODS_COMPRESS") ?? "true", "compress"),
            ShopTimeZone = ParseTimeZone(Setting("shop-time-zone", "SHOP_TIME_ZONE") ?? DefaultShopTimeZone),
            Platforms = ParsePlatforms(Setting("platforms", "SHOP_PLATFORMS")),
        };
    }

    private static ManagedPlatforms ParsePlatforms(string? configured)
    {
        try
        {
            return ManagedPlatforms.Parse(configured);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException("--platforms must be a comma-separated list of platform names: " + e.Message, e);
        }
    }

    private static string ParseTimeZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out _)
            ? id
            : throw new InvalidOperationException($"--shop-time-zone must be an IANA time zone such as {DefaultShopTimeZone}, not '{id}'.");

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Uri ParseUri(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new InvalidOperationException($"The endpoint '{text}' is not an http(s) URL.");

    private static int ParseInt(string text, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 65535
            ? value
            : throw new InvalidOperationException($"--{name} must be a port number from 0 to 65535, not '{text}'.");

    private static int ParsePositive(string text, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 43200
            ? value
            : throw new InvalidOperationException($"--{name} must be a whole number of seconds from 1 to 43200, not '{text}'.");

    private static bool ParseBool(string text, string name) =>
        bool.TryParse(text, out var value) ? value : throw new InvalidOperationException($"--{name} must be true or false, not '{text}'.");
}

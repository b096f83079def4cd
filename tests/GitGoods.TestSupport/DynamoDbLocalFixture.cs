using System.Security.Cryptography;
using System.Text;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using GitGoods.Adapters.Idempotency;
using GitGoods.Adapters.Table;
using GitGoods.LocalEnvironment.Configuration;
using GitGoods.LocalEnvironment.DynamoDbLocal;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace GitGoods.TestSupport;

/// <summary>
/// One real DynamoDB Local (in memory, on a free 127.0.0.1 port) for a test assembly. Use it as a collection
/// fixture (<c>ICollectionFixture&lt;DynamoDbLocalFixture&gt;</c>) and give every test its own table with
/// <see cref="CreateTableAsync"/>, so each test owns its data and tests never see each other's items.
/// The engine is installed once into <c>&lt;repo&gt;/.local/dynamodb-local</c> (the stack's own install folder).
/// When <see cref="EndpointVariable"/> names an engine that is already running, the fixture uses it and starts none
/// (scripts/mutation.sh does this, so Stryker's many test runs do not each start java).
/// </summary>
public sealed class DynamoDbLocalFixture : IAsyncLifetime
{
    /// <summary>The environment variable that names an already running engine (for example <c>http://127.0.0.1:8000/</c>).</summary>
    public const string EndpointVariable = "GITGOODS_TEST_DYNAMODB_ENDPOINT";

    private DynamoDbLocalServer? _server;
    private AmazonDynamoDBClient? _client;
    private Uri? _external;

    /// <summary>The engine's URL on 127.0.0.1.</summary>
    public Uri Endpoint => _server?.Endpoint ?? _external ?? throw NotStarted();

    /// <summary>The folder that holds DynamoDBLocal.jar.</summary>
    public static string InstallDirectory { get; } =
        Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), ".local", "dynamodb-local");

    /// <summary>A client of the engine (any credentials work).</summary>
    public IAmazonDynamoDB Client => _client ?? throw NotStarted();

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(EndpointVariable) is { Length: > 0 } external)
        {
            _external = new Uri(external, UriKind.Absolute);
            _client = CreateClient(_external);
            return;
        }

        var installer = new DynamoDbLocalInstaller(NullLogger<DynamoDbLocalInstaller>.Instance);
        var jar = await installer.EnsureInstalledAsync(InstallDirectory, CancellationToken.None);
        _server = await DynamoDbLocalServer.StartAsync(jar, new DynamoDbLocalOptions(InstallDirectory) { PidFile = PidFilePath() },
            NullLogger.Instance, CancellationToken.None);
        _client = CreateClient(_server.Endpoint);
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>Creates a table with the shop's key schema under a new unique name, and returns the name.</summary>
    public async Task<string> CreateTableAsync(string prefix = "test")
    {
        var name = $"{prefix}-{Guid.NewGuid():N}";
        await Client.CreateTableAsync(ShopTable.CreateTableRequest(name));
        return name;
    }

    /// <summary>Creates an idempotency table (Powertools layout) under a new unique name, and returns the name.</summary>
    public async Task<string> CreateIdempotencyTableAsync(string prefix = "idempotency")
    {
        var name = $"{prefix}-{Guid.NewGuid():N}";
        await Client.CreateTableAsync(IdempotencyTable.CreateTableRequest(name));
        return name;
    }

    /// <summary>A new client of the engine; the caller disposes it.</summary>
    public static AmazonDynamoDBClient CreateClient(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"),
            new AmazonDynamoDBConfig { ServiceURL = endpoint.ToString(), AuthenticationRegion = "ap-southeast-1" });
    }

    // One pid file per test output folder: a test run that crashed leaves a java that the next run of the same tests stops.
    private static string PidFilePath()
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(AppContext.BaseDirectory)))[..12];
        return Path.Combine(Path.GetDirectoryName(InstallDirectory)!, "test-runs", $"dynamodb-{hash}.pid");
    }

    private static InvalidOperationException NotStarted() => new("DynamoDB Local has not started: use the fixture through xunit.");
}

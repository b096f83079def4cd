using Amazon.DynamoDBv2;
using Amazon.Runtime;
using GitGoods.LocalEnvironment.Configuration;
using GitGoods.LocalEnvironment.DynamoDbLocal;
using Microsoft.Extensions.Logging.Abstractions;

namespace GitGoods.LocalEnvironment.Restore;

/// <summary>
/// The DynamoDB the restore drill works on, found the way the stack would: the endpoint the user configured
/// (<c>--dynamodb-endpoint</c>); else the engine of the running stack, whose URL the stack keeps in
/// <c>&lt;state&gt;/dynamodb-local.endpoint</c>; else DynamoDB Local started here, with the stack's own launcher, on the
/// stack's data folder (<c>&lt;state&gt;/dynamodb-data</c>) — and stopped again when the drill is done. Starting on the
/// data folder takes the stack's pid file, so a stack started meanwhile refuses to share the folder instead of
/// corrupting it.
/// </summary>
public sealed class DrillEngine : IAsyncDisposable
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);
    private readonly DynamoDbEngine? _started;

    private DrillEngine(Uri endpoint, string source, DynamoDbEngine? started)
    {
        Endpoint = endpoint;
        Source = source;
        _started = started;
    }

    public Uri Endpoint { get; }

    /// <summary>Where the endpoint came from, for the report.</summary>
    public string Source { get; }

    /// <summary>True when the drill started DynamoDB Local itself.</summary>
    public bool Started => _started is not null;

    /// <exception cref="InvalidOperationException">When the engine cannot be started (no java, the data folder is in use).</exception>
    public static async Task<DrillEngine> ConnectAsync(LocalEnvironmentOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.DynamoDbEndpoint is { } configured)
        {
            return new DrillEngine(configured, "the configured endpoint", started: null);
        }

        if (new EndpointFile(options.DynamoDbEndpointFile).Read() is { } running && await AnswersAsync(running, cancellationToken))
        {
            return new DrillEngine(running, "the running local stack's DynamoDB Local", started: null);
        }

        // The drill is about the stack's data on disk: never an empty in-memory engine.
        var engine = new DynamoDbEngine(options with { DynamoDbInMemory = false },
            new DynamoDbLocalInstaller(NullLogger<DynamoDbLocalInstaller>.Instance), NullLogger<DynamoDbEngine>.Instance);
        try
        {
            await engine.StartAsync(cancellationToken);
        }
        catch
        {
            await engine.DisposeAsync();
            throw;
        }

        return new DrillEngine(engine.Endpoint, $"DynamoDB Local started by the drill on {options.DataDirectory}", engine);
    }

    /// <summary>A client of the engine (DynamoDB Local takes any credentials).</summary>
    public AmazonDynamoDBClient CreateClient(string region) =>
        new(new BasicAWSCredentials("local", "local"), new AmazonDynamoDBConfig { ServiceURL = Endpoint.ToString(), AuthenticationRegion = region });

    public async ValueTask DisposeAsync()
    {
        if (_started is not null)
        {
            await _started.DisposeAsync();
        }
    }

    private static async Task<bool> AnswersAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        using var client = new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"), new AmazonDynamoDBConfig
        {
            ServiceURL = endpoint.ToString(),
            AuthenticationRegion = LocalEnvironmentOptions.DefaultRegion,
            MaxErrorRetry = 0,
            Timeout = ProbeTimeout,
        });
        try
        {
            await client.ListTablesAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is AmazonServiceException or HttpRequestException or IOException or TimeoutException
            or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}

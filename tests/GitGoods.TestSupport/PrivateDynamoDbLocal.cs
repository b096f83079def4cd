using Amazon.DynamoDBv2;
using GitGoods.LocalEnvironment.DynamoDbLocal;
using Microsoft.Extensions.Logging.Abstractions;

namespace GitGoods.TestSupport;

/// <summary>
/// A DynamoDB Local (in memory, 127.0.0.1, a free port) for one test alone, beside the assembly's shared
/// <see cref="DynamoDbLocalFixture"/>: for tests that judge every table of the engine, so no other test's tables are in it.
/// </summary>
public sealed class PrivateDynamoDbLocal : IAsyncDisposable
{
    private readonly DynamoDbLocalServer _server;
    private readonly string _pidFile;

    private PrivateDynamoDbLocal(DynamoDbLocalServer server, string pidFile)
    {
        _server = server;
        _pidFile = pidFile;
        Client = DynamoDbLocalFixture.CreateClient(server.Endpoint);
    }

    public Uri Endpoint => _server.Endpoint;

    public IAmazonDynamoDB Client { get; }

    public static async Task<PrivateDynamoDbLocal> StartAsync()
    {
        var jar = await new DynamoDbLocalInstaller(NullLogger<DynamoDbLocalInstaller>.Instance)
            .EnsureInstalledAsync(DynamoDbLocalFixture.InstallDirectory, CancellationToken.None);
        // A pid file of its own, so it neither stops nor is stopped by the shared engine's stale-process check.
        var pidFile = Path.Combine(Path.GetDirectoryName(DynamoDbLocalFixture.InstallDirectory)!, "test-runs", $"dynamodb-private-{Guid.NewGuid():N}.pid");
        var server = await DynamoDbLocalServer.StartAsync(jar, new DynamoDbLocalOptions(DynamoDbLocalFixture.InstallDirectory) { PidFile = pidFile },
            NullLogger.Instance, CancellationToken.None);
        return new PrivateDynamoDbLocal(server, pidFile);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _server.DisposeAsync();
        File.Delete(_pidFile);
    }
}

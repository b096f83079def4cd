using GitGoods.LocalEnvironment.DynamoDbLocal;
using GitGoods.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace GitGoods.Benchmarks.Checkout;

/// <summary>Where a benchmark's DynamoDB Local keeps its data: on disk (as the stack <c>./scripts/run.sh</c> starts), in memory, or on tmpfs.</summary>
internal enum EngineStorage
{
    /// <summary><c>-dbPath</c> on the repository's disk, beside the stack's own <c>.local/dynamodb-data</c>.</summary>
    Disk,

    /// <summary><c>-inMemory</c>, as the tests run it.</summary>
    InMemory,

    /// <summary><c>-dbPath</c> under <c>/dev/shm</c>.</summary>
    Tmpfs,
}

/// <summary>A DynamoDB Local of its own on a free 127.0.0.1 port, with its data where <see cref="EngineStorage"/> says; deleted on dispose.</summary>
internal sealed class BenchEngine : IAsyncDisposable
{
    private readonly DynamoDbLocalServer _server;
    private readonly string? _folder;

    private BenchEngine(DynamoDbLocalServer server, string? folder)
    {
        _server = server;
        _folder = folder;
    }

    public Uri Endpoint => _server.Endpoint;

    /// <param name="storage">Where the data lives.</param>
    /// <param name="purpose">Names its pid file, so two different benchmarks never stop each other's engine.</param>
    public static async Task<BenchEngine> StartAsync(EngineStorage storage, string purpose)
    {
        var install = DynamoDbLocalFixture.InstallDirectory;
        var jar = await new DynamoDbLocalInstaller(NullLogger<DynamoDbLocalInstaller>.Instance).EnsureInstalledAsync(install, CancellationToken.None);
        var name = "bench-engine-" + Guid.NewGuid().ToString("N")[..12];
        var folder = storage switch
        {
            EngineStorage.Disk => Path.Combine(Path.GetDirectoryName(install)!, "test-runs", name),
            EngineStorage.Tmpfs => Path.Combine("/dev/shm", name),
            _ => null,
        };
        // One pid file per storage: a run stopped by a signal (no disposal) leaves a java that the next run stops first.
        var pidFile = Path.Combine(Path.GetDirectoryName(install)!, "test-runs", $"bench-{purpose}-{storage}.pid");
        var server = await DynamoDbLocalServer.StartAsync(jar, new DynamoDbLocalOptions(install) { DataDirectory = folder, PidFile = pidFile },
            NullLogger.Instance, CancellationToken.None);
        return new BenchEngine(server, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

using System.Security.Cryptography;
using System.Text;
using Amazon.SQS;
using GitGoods.Adapters.Queues;
using GitGoods.LocalEnvironment.Configuration;
using GitGoods.LocalEnvironment.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace GitGoods.TestSupport;

/// <summary>
/// One real fauxqs (SQS emulator, in memory, on a free 127.0.0.1 port) for a test assembly. Use it as a collection
/// fixture (<c>ICollectionFixture&lt;FauxqsFixture&gt;</c>) and give every test its own queues with
/// <see cref="CreateQueuesAsync"/>, so tests never see each other's messages. fauxqs is installed once into
/// <c>&lt;repo&gt;/.local/fauxqs</c> (the stack's own install folder).
/// </summary>
public sealed class FauxqsFixture : IAsyncLifetime
{
    public const string Region = "ap-southeast-1";
    private FauxqsServer? _server;
    private IAmazonSQS? _client;

    /// <summary>The folder fauxqs is installed in.</summary>
    public static string InstallDirectory { get; } =
        Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), ".local", "fauxqs");

    /// <summary>The emulator's URL on 127.0.0.1.</summary>
    public Uri Endpoint => Server.Endpoint;

    public FauxqsServer Server => _server ?? throw NotStarted();

    /// <summary>A client of the emulator, signed for <see cref="Region"/> (any credentials work).</summary>
    public IAmazonSQS Client => _client ?? throw NotStarted();

    public async Task InitializeAsync()
    {
        var launcher = await new FauxqsInstaller(NullLogger<FauxqsInstaller>.Instance).EnsureInstalledAsync(InstallDirectory, CancellationToken.None);
        _server = await FauxqsServer.StartAsync(launcher, new FauxqsOptions(InstallDirectory) { PidFile = PidFilePath(), Region = Region },
            NullLogger.Instance, CancellationToken.None);
        _client = CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>A new client of the emulator; the caller disposes it.</summary>
    public IAmazonSQS CreateClient() => SqsClientFactory.Create(new SqsClientSettings(Region, Endpoint));

    /// <summary>
    /// Creates a queue and its dead-letter queue under new unique names, as the stack's provisioner does, with a short
    /// visibility timeout so redelivery tests stay fast.
    /// </summary>
    public Task<ProvisionedQueues> CreateQueuesAsync(
        int visibilityTimeoutSeconds = 1, int maxReceiveCount = OrderQueues.MaxReceiveCount, string prefix = "test")
    {
        var name = $"{prefix}-{Guid.NewGuid():N}";
        return new QueueProvisioner(Client, NullLogger<QueueProvisioner>.Instance)
            .EnsureAsync(name, name + "-dlq", visibilityTimeoutSeconds, CancellationToken.None, maxReceiveCount);
    }

    // One pid file per test output folder: a test run that was killed leaves a node that the next run of the same tests stops.
    private static string PidFilePath()
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(AppContext.BaseDirectory)))[..12];
        return Path.Combine(Path.GetDirectoryName(InstallDirectory)!, "test-runs", $"fauxqs-{hash}.pid");
    }

    private static InvalidOperationException NotStarted() => new("fauxqs has not started: use the fixture through xunit.");
}

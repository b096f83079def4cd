using GitGoods.LocalEnvironment.Processes;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Queues;

/// <summary>
/// The stack's SQS: either an endpoint the user configured, or fauxqs installed and started here (in memory: queues
/// are created afresh on every start). The engine is supervised: should node die, it is started again on the same port
/// and <see cref="Restarted"/> runs (the stack creates the queues again and hands every PENDING order off again).
/// Disposing it stops the engine too (and for good), so node is not left behind when the host fails after start-up.
/// </summary>
/// <param name="configuredEndpoint">An SQS endpoint to use instead of starting fauxqs; null starts fauxqs.</param>
public sealed class SqsEngine(FauxqsOptions options, Uri? configuredEndpoint, FauxqsInstaller installer, ILogger<SqsEngine> logger)
    : IAsyncDisposable
{
    private readonly EngineSupervisor<FauxqsServer> _server = new("fauxqs", logger);

    /// <summary>The endpoint in use once started (the same across restarts).</summary>
    /// <exception cref="InvalidOperationException">Before <see cref="StartAsync"/>.</exception>
    public Uri Endpoint => configuredEndpoint ?? _server.Current?.Endpoint
        ?? throw new InvalidOperationException("SQS has not started yet.");

    /// <summary>True when this stack runs the engine (and so stops it).</summary>
    public bool IsManaged => _server.Current is not null;

    /// <summary>The running engine's process id, or null when the stack runs none.</summary>
    public int? ProcessId => _server.Current?.ProcessId;

    /// <summary>How many times the engine was restarted after dying.</summary>
    public int Restarts => _server.Restarts;

    /// <summary>Runs after each restart: the queues are gone with the old process.</summary>
    public Func<CancellationToken, Task>? Restarted
    {
        get => _server.Restarted;
        set => _server.Restarted = value;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (configuredEndpoint is not null)
        {
            logger.UsingEndpoint("SQS", configuredEndpoint);
            return;
        }

        var launcher = await installer.EnsureInstalledAsync(options.InstallDirectory, cancellationToken);
        var (server, seconds) = await _server.StartAsync(
            () => FauxqsServer.StartAsync(launcher, options, logger, cancellationToken),
            (port, token) => FauxqsServer.StartAsync(launcher, options with { Port = port }, logger, token));
        logger.EngineStarted("fauxqs", server.Endpoint, server.ProcessId, seconds);
    }

    public Task StopAsync() => _server.StopAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();
}

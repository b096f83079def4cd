using GitGoods.LocalEnvironment.Processes;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Queues;

/// <summary>
/// The stack's SQS: either an endpoint the user configured, or fauxqs installed and started here (in memory: queues
/// are created afresh on every start). Disposing it stops the engine too, so node is not left behind when the host
/// fails after start-up.
/// </summary>
/// <param name="configuredEndpoint">An SQS endpoint to use instead of starting fauxqs; null starts fauxqs.</param>
public sealed class SqsEngine(FauxqsOptions options, Uri? configuredEndpoint, FauxqsInstaller installer, ILogger<SqsEngine> logger)
    : IAsyncDisposable
{
    private readonly StartedServer<FauxqsServer> _server = new();

    /// <summary>The endpoint in use once started.</summary>
    /// <exception cref="InvalidOperationException">Before <see cref="StartAsync"/>.</exception>
    public Uri Endpoint => configuredEndpoint ?? _server.Current?.Endpoint
        ?? throw new InvalidOperationException("SQS has not started yet.");

    /// <summary>True when this stack runs the engine (and so stops it).</summary>
    public bool IsManaged => _server.Current is not null;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (configuredEndpoint is not null)
        {
            logger.UsingEndpoint("SQS", configuredEndpoint);
            return;
        }

        var launcher = await installer.EnsureInstalledAsync(options.InstallDirectory, cancellationToken);
        var (server, seconds) = await _server.StartAsync(() => FauxqsServer.StartAsync(launcher, options, logger, cancellationToken));
        logger.EngineStarted("fauxqs", server.Endpoint, server.ProcessId, seconds);
    }

    public Task StopAsync() => _server.StopAsync();

    public async ValueTask DisposeAsync() => await StopAsync();
}

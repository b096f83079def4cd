using GitGoods.LocalEnvironment.Configuration;
using GitGoods.LocalEnvironment.Processes;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.DynamoDbLocal;

/// <summary>
/// The stack's DynamoDB: either the endpoint the user configured, or DynamoDB Local installed and started here,
/// keeping its data in <c>&lt;state&gt;/dynamodb-data</c> between runs, and its URL in <c>&lt;state&gt;/dynamodb-local.endpoint</c>
/// while it runs (<see cref="EndpointFile"/>). The engine is supervised: should java die, it is started again on the same
/// port and <see cref="Restarted"/> runs. Disposing it stops the engine too (and for good), so java is not left behind
/// when the host fails after start-up (for example when Kestrel's port is taken).
/// </summary>
public sealed class DynamoDbEngine(LocalEnvironmentOptions options, DynamoDbLocalInstaller installer, ILogger<DynamoDbEngine> logger)
    : IAsyncDisposable
{
    private readonly EngineSupervisor<DynamoDbLocalServer> _server = new("DynamoDB Local", logger);
    private readonly EndpointFile _endpointFile = new(options.DynamoDbEndpointFile);

    /// <summary>The endpoint in use once started (the same across restarts).</summary>
    /// <exception cref="InvalidOperationException">Before <see cref="StartAsync"/>.</exception>
    public Uri Endpoint => options.DynamoDbEndpoint ?? _server.Current?.Endpoint
        ?? throw new InvalidOperationException("DynamoDB has not started yet.");

    /// <summary>True when this stack runs the engine (and so stops it).</summary>
    public bool IsManaged => _server.Current is not null;

    /// <summary>The running engine's process id, or null when the stack runs none.</summary>
    public int? ProcessId => _server.Current?.ProcessId;

    /// <summary>How many times the engine was restarted after dying.</summary>
    public int Restarts => _server.Restarts;

    /// <summary>Runs after each restart (set by the stack: tables again when in memory, PENDING orders handed off again).</summary>
    public Func<CancellationToken, Task>? Restarted
    {
        get => _server.Restarted;
        set => _server.Restarted = value;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.DynamoDbEndpoint is not null)
        {
            logger.UsingEndpoint("DynamoDB", options.DynamoDbEndpoint);
            return;
        }

        var jar = await installer.EnsureInstalledAsync(options.DynamoDbLocalDirectory, cancellationToken);
        var serverOptions = new DynamoDbLocalOptions(options.DynamoDbLocalDirectory)
        {
            DataDirectory = options.DynamoDbInMemory ? null : options.DataDirectory,
            Port = options.DynamoDbPort,
            PidFile = options.PidFile,
        };
        var (server, seconds) = await _server.StartAsync(
            () => DynamoDbLocalServer.StartAsync(jar, serverOptions, logger, cancellationToken),
            (port, token) => DynamoDbLocalServer.StartAsync(jar, serverOptions with { Port = port }, logger, token));
        _endpointFile.Write(server.Endpoint);
        logger.EngineStarted("DynamoDB Local", server.Endpoint, server.ProcessId, seconds);
    }

    public async Task StopAsync()
    {
        if (_server.Current is { } server)
        {
            _endpointFile.DeleteIfNames(server.Endpoint);
        }

        await _server.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _server.DisposeAsync();
    }
}

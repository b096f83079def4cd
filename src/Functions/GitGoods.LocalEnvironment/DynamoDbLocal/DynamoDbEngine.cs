using GitGoods.LocalEnvironment.Configuration;
using GitGoods.LocalEnvironment.Processes;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.DynamoDbLocal;

/// <summary>
/// The stack's DynamoDB: either the endpoint the user configured, or DynamoDB Local installed and started here,
/// keeping its data in <c>&lt;state&gt;/dynamodb-data</c> between runs, and its URL in <c>&lt;state&gt;/dynamodb-local.endpoint</c>
/// while it runs (<see cref="EndpointFile"/>). Disposing it stops the engine too, so java is not left behind when the
/// host fails after start-up (for example when Kestrel's port is taken).
/// </summary>
public sealed class DynamoDbEngine(LocalEnvironmentOptions options, DynamoDbLocalInstaller installer, ILogger<DynamoDbEngine> logger)
    : IAsyncDisposable
{
    private readonly StartedServer<DynamoDbLocalServer> _server = new();
    private readonly EndpointFile _endpointFile = new(options.DynamoDbEndpointFile);

    /// <summary>The endpoint in use once started.</summary>
    /// <exception cref="InvalidOperationException">Before <see cref="StartAsync"/>.</exception>
    public Uri Endpoint => options.DynamoDbEndpoint ?? _server.Current?.Endpoint
        ?? throw new InvalidOperationException("DynamoDB has not started yet.");

    /// <summary>True when this stack runs the engine (and so stops it).</summary>
    public bool IsManaged => _server.Current is not null;

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
        var (server, seconds) = await _server.StartAsync(() => DynamoDbLocalServer.StartAsync(jar, serverOptions, logger, cancellationToken));
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

    public async ValueTask DisposeAsync() => await StopAsync();
}

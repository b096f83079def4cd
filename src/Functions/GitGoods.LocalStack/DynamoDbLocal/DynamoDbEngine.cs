using System.Diagnostics;
using GitGoods.LocalStack.Configuration;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalStack.DynamoDbLocal;

/// <summary>
/// The stack's DynamoDB: either the endpoint the user configured, or DynamoDB Local installed and started here,
/// keeping its data in <c>&lt;state&gt;/dynamodb-data</c> between runs. Disposing it stops the engine too, so java
/// is not left behind when the host fails after start-up (for example when Kestrel's port is taken).
/// </summary>
public sealed class DynamoDbEngine(LocalStackOptions options, DynamoDbLocalInstaller installer, ILogger<DynamoDbEngine> logger)
    : IAsyncDisposable
{
    private DynamoDbLocalServer? _server;

    /// <summary>The endpoint in use once started.</summary>
    /// <exception cref="InvalidOperationException">Before <see cref="StartAsync"/>.</exception>
    public Uri Endpoint => options.DynamoDbEndpoint ?? _server?.Endpoint
        ?? throw new InvalidOperationException("DynamoDB has not started yet.");

    /// <summary>True when this stack runs the engine (and so stops it).</summary>
    public bool IsManaged => _server is not null;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.DynamoDbEndpoint is not null)
        {
            logger.UsingEndpoint(options.DynamoDbEndpoint);
            return;
        }

        var jar = await installer.EnsureInstalledAsync(options.DynamoDbLocalDirectory, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        _server = await DynamoDbLocalServer.StartAsync(jar, new DynamoDbLocalOptions(options.DynamoDbLocalDirectory)
        {
            DataDirectory = options.DynamoDbInMemory ? null : options.DataDirectory,
            Port = options.DynamoDbPort,
            PidFile = options.PidFile,
        }, logger, cancellationToken);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        logger.EngineStarted(_server.Endpoint, _server.ProcessId, seconds);
    }

    public async Task StopAsync()
    {
        if (_server is { } server)
        {
            _server = null;
            await server.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}

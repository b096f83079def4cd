using System.Diagnostics;

namespace GitGoods.LocalEnvironment.Processes;

/// <summary>
/// The engine server a stack started itself, if any: times its start, and stops it at most once, whether the host
/// calls <see cref="StopAsync"/>, disposes the engine, or both.
/// </summary>
internal sealed class StartedServer<TServer>
    where TServer : class, IAsyncDisposable
{
    private TServer? _server;

    /// <summary>The running server, or null before start and after stop.</summary>
    public TServer? Current => _server;

    /// <summary>Starts the server with <paramref name="start"/>, keeps it, and returns it with the seconds it took.</summary>
    public async Task<(TServer Server, double Seconds)> StartAsync(Func<Task<TServer>> start)
    {
        ArgumentNullException.ThrowIfNull(start);
        var started = Stopwatch.GetTimestamp();
        _server = await start();
        return (_server, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    public async Task StopAsync()
    {
        if (_server is { } server)
        {
            _server = null;
            await server.DisposeAsync();
        }
    }
}

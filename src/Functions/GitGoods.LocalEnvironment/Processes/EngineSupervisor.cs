using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace GitGoods.LocalEnvironment.Processes;

/// <summary>
/// Runs and supervises the engine a stack started itself (DynamoDB Local, fauxqs): times its start; when the process dies
/// on its own (a crash, a SIGKILL), logs it and starts it again, on the same port so every client keeps its endpoint,
/// retrying with exponential back-off (Polly) until it answers; then calls <see cref="Restarted"/> so the stack can
/// re-provision what the engine lost. <see cref="StopAsync"/> stops it for good, at most once, and never restarts it.
/// </summary>
internal sealed class EngineSupervisor<TServer>(string engine, ILogger logger) : IAsyncDisposable
    where TServer : class, IEngineServer
{
    private readonly CancellationTokenSource _stopping = new();
    private TServer? _server;
    private Task _watching = Task.CompletedTask;

    /// <summary>The running server, or null before start and after stop (during a restart: the last one until its successor answers).</summary>
    public TServer? Current => _server;

    /// <summary>How many times the engine was restarted after dying.</summary>
    public int Restarts { get; private set; }

    /// <summary>
    /// Called after each restart to re-provision what the engine lost (queues, in-memory tables) and hand work off again;
    /// retried with back-off while it fails, for at most <see cref="RecoveryAttempts"/> attempts.
    /// </summary>
    public Func<CancellationToken, Task>? Restarted { get; set; }

    public int RecoveryAttempts { get; init; } = 12;

    /// <summary>The longest pause between two restart attempts.</summary>
    public TimeSpan MaxRestartDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Starts the server with <paramref name="start"/>, keeps it, and watches it: should it die, <paramref name="restart"/>
    /// (given the port it had) starts its successor. Returns the server with the seconds its start took.
    /// </summary>
    public async Task<(TServer Server, double Seconds)> StartAsync(Func<Task<TServer>> start, Func<int, CancellationToken, Task<TServer>> restart)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(restart);
        var started = Stopwatch.GetTimestamp();
        var server = await start();
        _server = server;
        _watching = Task.Run(() => WatchAsync(server.Endpoint.Port, restart, _stopping.Token));
        return (server, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    /// <summary>Stops supervising (no restart from now on), then stops the server.</summary>
    public async Task StopAsync()
    {
        if (!_stopping.IsCancellationRequested)
        {
            await _stopping.CancelAsync();
        }

        await _watching.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (Interlocked.Exchange(ref _server, null) is { } server)
        {
            await server.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
    }

    private async Task WatchAsync(int port, Func<int, CancellationToken, Task<TServer>> restart, CancellationToken stopping)
    {
        var pipeline = RestartPipeline();
        while (_server is { } server)
        {
            await server.WaitForExitAsync(stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stopping.IsCancellationRequested)
            {
                return;
            }

            var died = Stopwatch.GetTimestamp();
            logger.EngineDied(engine, server.ProcessId, server.ExitCode ?? -1);
            await server.DisposeAsync();
            try
            {
                var successor = await pipeline.ExecuteAsync(async token => await restart(port, token), stopping);
                _server = successor;
                Restarts++;
                logger.EngineRestarted(engine, successor.Endpoint, successor.ProcessId, Stopwatch.GetElapsedTime(died).TotalSeconds);
                await RecoverAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task RecoverAsync(CancellationToken stopping)
    {
        if (Restarted is not { } recover)
        {
            return;
        }

        var pipeline = new ResiliencePipelineBuilder()
            .AddRetry(Backoff(RecoveryAttempts - 1, (attempt, e) => logger.RecoveryFailed(e, engine, attempt)))
            .Build();
        try
        {
            await pipeline.ExecuteAsync(async token => await recover(token), stopping);
            logger.EngineRecovered(engine);
        }
        catch (Exception e) when (!stopping.IsCancellationRequested)
        {
            // The engine runs; what it lost could not be put back. Later restarts try again; the logs say so.
            logger.RecoveryFailed(e, engine, RecoveryAttempts);
        }
    }

    private ResiliencePipeline RestartPipeline() =>
        new ResiliencePipelineBuilder()
            .AddRetry(Backoff(int.MaxValue, (attempt, e) => logger.RestartFailed(e, engine, attempt)))
            .Build();

    private RetryStrategyOptions Backoff(int retries, Action<int, Exception?> onRetry) => new()
    {
        MaxRetryAttempts = Math.Max(1, retries),
        Delay = TimeSpan.FromMilliseconds(200),
        MaxDelay = MaxRestartDelay,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
        OnRetry = args =>
        {
            onRetry(args.AttemptNumber + 1, args.Outcome.Exception);
            return ValueTask.CompletedTask;
        },
    };
}

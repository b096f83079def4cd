using System.Diagnostics;
using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using GitGoods.LocalEnvironment.Processes;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.DynamoDbLocal;

/// <summary>
/// One running DynamoDB Local (java) process. Disposing it kills the whole process tree, so no java is orphaned.
/// Note: DynamoDB Local has no bind option and listens on all interfaces; the stack itself only ever binds 127.0.0.1.
/// </summary>
public sealed class DynamoDbLocalServer : IEngineServer
{
    private const int MaxPortAttempts = 3;
    private readonly Process _process;
    private readonly ProcessOutput _output;
    private readonly PidFile? _pidFile;
    private readonly ILogger _logger;

    private DynamoDbLocalServer(Process process, ProcessOutput output, PidFile? pidFile, int port, ILogger logger)
    {
        _process = process;
        _output = output;
        _pidFile = pidFile;
        _logger = logger;
        Endpoint = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>The URL clients use, always on 127.0.0.1.</summary>
    public Uri Endpoint { get; }

    public int ProcessId => _process.Id;

    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>Starts java and returns once DynamoDB Local answers ListTables.</summary>
    /// <exception cref="InvalidOperationException">When the port is taken, java exits early, or the engine does not answer in time.</exception>
    public static async Task<DynamoDbLocalServer> StartAsync(string jarPath, DynamoDbLocalOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var pidFile = options.PidFile is null ? null : new PidFile(options.PidFile);
        pidFile?.KillStale(logger);
        if (options.Port != 0 && !LoopbackPorts.IsFree(options.Port))
        {
            throw new InvalidOperationException($"Port {options.Port} is in use: choose another DynamoDB Local port or stop what uses it.");
        }

        for (var attempt = 1; ; attempt++)
        {
            var port = options.Port != 0 ? options.Port : LoopbackPorts.GetFree();
            var server = Launch(jarPath, options, port, pidFile, logger);
            try
            {
                await server.WaitUntilReadyAsync(options.StartTimeout, cancellationToken);
                return server;
            }
            catch (InvalidOperationException) when (options.Port == 0 && attempt < MaxPortAttempts && server._output.Contains("Address already in use"))
            {
                // Another program took the free port between our probe and java's bind: try a new one.
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    public async ValueTask DisposeAsync() =>
        await ChildProcess.StopAsync(_process, TimeSpan.FromSeconds(15), _pidFile, _logger, "DynamoDB Local");

    private static DynamoDbLocalServer Launch(string jarPath, DynamoDbLocalOptions options, int port, PidFile? pidFile, ILogger logger)
    {
        var process = DynamoDbLocalCommand.Start(jarPath, options, port);
        pidFile?.Write(process);
        var output = new ProcessOutput(process, logger);
        logger.Launched(process.Id, port);
        return new DynamoDbLocalServer(process, output, pidFile, port, logger);
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var client = new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"), new AmazonDynamoDBConfig
        {
            ServiceURL = Endpoint.ToString(),
            AuthenticationRegion = "ap-southeast-1",
            MaxErrorRetry = 0,
            Timeout = TimeSpan.FromSeconds(5),
        });
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"DynamoDB Local exited with code {_process.ExitCode} before it answered. Its output:\n{_output.Text}");
            }

            try
            {
                await client.ListTablesAsync(deadline.Token);
                return;
            }
            // Refused while java starts, or slow while the JVM warms up: both mean "not yet".
            catch (Exception e) when (e is AmazonServiceException or HttpRequestException or IOException or TimeoutException
                or OperationCanceledException && !deadline.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            catch (OperationCanceledException e) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new InvalidOperationException(
                    $"DynamoDB Local did not answer within {timeout.TotalSeconds:F0} s. Its output:\n{_output.Text}", e);
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}

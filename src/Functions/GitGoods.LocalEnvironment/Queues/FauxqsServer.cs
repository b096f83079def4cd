using System.Diagnostics;
using System.Globalization;
using Amazon.Runtime;
using Amazon.SQS;
using GitGoods.Adapters.Queues;
using GitGoods.LocalEnvironment.DynamoDbLocal;
using GitGoods.LocalEnvironment.Processes;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Queues;

/// <summary>
/// One running fauxqs (node) process, bound to 127.0.0.1 by the stack's launcher. Its queues live in memory.
/// Disposing it stops node (the whole process tree), so no node is orphaned; the launcher also exits by itself when
/// its standard input ends, which covers a stack that was killed outright, and the pid file covers the rest.
/// </summary>
public sealed class FauxqsServer : IEngineServer
{
    private readonly Process _process;
    private readonly FauxqsOutput _output;
    private readonly PidFile? _pidFile;
    private readonly ILogger _logger;

    private FauxqsServer(Process process, FauxqsOutput output, PidFile? pidFile, ILogger logger)
    {
        _process = process;
        _output = output;
        _pidFile = pidFile;
        _logger = logger;
    }

    /// <summary>The URL clients use, always on 127.0.0.1 (valid once started).</summary>
    public Uri Endpoint { get; private set; } = new("http://127.0.0.1/");

    public int ProcessId => _process.Id;

    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>Starts node with the launcher and returns once fauxqs answers ListQueues.</summary>
    /// <exception cref="InvalidOperationException">When the port is taken, node fails, or fauxqs does not answer in time.</exception>
    public static async Task<FauxqsServer> StartAsync(string launcherPath, FauxqsOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(launcherPath);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var pidFile = options.PidFile is null ? null : new PidFile(options.PidFile);
        pidFile?.KillStale(logger);
        if (options.Port != 0 && !LoopbackPorts.IsFree(options.Port))
        {
            throw new InvalidOperationException($"Port {options.Port} is in use: choose another SQS (fauxqs) port or stop what uses it.");
        }

        var process = Launch(launcherPath, options);
        var server = new FauxqsServer(process, new FauxqsOutput(process, logger), pidFile, logger);
        try
        {
            pidFile?.Write(process);
            logger.Launched(process.Id);
            await server.WaitUntilReadyAsync(options, cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync() =>
        await ChildProcess.StopAsync(_process, TimeSpan.FromSeconds(10), _pidFile, _logger, "fauxqs");

    private static Process Launch(string launcherPath, FauxqsOptions options)
    {
        var start = new ProcessStartInfo(options.NodePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Held open for the process's life: when the stack goes, the pipe closes and the launcher stops fauxqs.
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(launcherPath))!,
        };
        start.ArgumentList.Add(Path.GetFullPath(launcherPath));
        start.ArgumentList.Add(options.Port.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(options.Region);
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"{options.NodePath} could not be started.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"fauxqs needs Node.js 20 or later: '{options.NodePath}' could not be run.", e);
        }
    }

    private async Task WaitUntilReadyAsync(FauxqsOptions options, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.StartTimeout);
        try
        {
            Endpoint = await _output.Listening.WaitAsync(deadline.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException(
                $"fauxqs did not start within {options.StartTimeout.TotalSeconds:F0} s. Its output:\n{_output.Text}", e);
        }
        catch (InvalidOperationException e)
        {
            // It exited: wait until its output is read to the end, so the message carries the reason.
            using var drained = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _process.WaitForExitAsync(drained.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw new InvalidOperationException($"{e.Message} Its output:\n{_output.Text}", e);
        }

        if (!Endpoint.IsLoopback)
        {
            throw new InvalidOperationException($"fauxqs listens on {Endpoint}, not on 127.0.0.1.");
        }

        using var client = new AmazonSQSClient(new BasicAWSCredentials("local", "local"), new AmazonSQSConfig
        {
            ServiceURL = Endpoint.ToString(),
            AuthenticationRegion = options.Region,
            MaxErrorRetry = 0,
            Timeout = TimeSpan.FromSeconds(5),
        });
        while (true)
        {
            try
            {
                await client.ListQueuesAsync(new Amazon.SQS.Model.ListQueuesRequest(), deadline.Token);
                return;
            }
            catch (Exception e) when (e is AmazonServiceException or HttpRequestException or IOException
                && !deadline.IsCancellationRequested && !_process.HasExited)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            catch (OperationCanceledException e) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new InvalidOperationException(
                    $"fauxqs did not answer within {options.StartTimeout.TotalSeconds:F0} s. Its output:\n{_output.Text}", e);
            }
        }
    }

    /// <summary>An SQS client of this server (any credentials work); the caller disposes it.</summary>
    public IAmazonSQS CreateClient(string region = "ap-southeast-1") =>
        SqsClientFactory.Create(new SqsClientSettings(region, Endpoint));
}

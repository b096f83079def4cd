using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GitGoods.LocalEnvironment.Configuration;

namespace GitGoods.LocalEnvironment.Tests.Contract;

/// <summary>
/// Prism (npm <c>@stoplight/prism-cli</c>, tests/contract-proxy) as a validating proxy in front of a running stack:
/// <c>prism proxy &lt;document&gt; &lt;stack&gt; --errors false</c> on 127.0.0.1. It forwards every request unchanged and
/// validates the request and the stack's response against the document; what it finds comes back in the
/// <c>sl-violations</c> header, which <see cref="Traffic"/> records for every exchange.
/// </summary>
public sealed class ContractProxy : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    private readonly Process _prism;

    private ContractProxy(Process prism, Uri address, ContractTraffic traffic)
    {
        _prism = prism;
        Traffic = traffic;
        Client = new HttpClient(new ViolationRecorder(traffic) { InnerHandler = new HttpClientHandler { AllowAutoRedirect = false } })
        {
            BaseAddress = address,
        };
    }

    /// <summary>A client whose requests go through the proxy.</summary>
    public HttpClient Client { get; }

    /// <summary>Every exchange that went through the proxy, with Prism's findings.</summary>
    public ContractTraffic Traffic { get; }

    public static string RepositoryDirectory => RepositoryRoot.Find(AppContext.BaseDirectory);

    /// <summary>docs/openapi.json, the published contract.</summary>
    public static string PublishedDocument => Path.Combine(RepositoryDirectory, "docs", "openapi.json");

    /// <summary>Starts Prism with <paramref name="document"/> in front of <paramref name="upstream"/> and waits until it listens.</summary>
    public static async Task<ContractProxy> StartAsync(string document, Uri upstream)
    {
        ArgumentNullException.ThrowIfNull(upstream);
        var prism = Path.Combine(RepositoryDirectory, "tests", "contract-proxy", "node_modules", ".bin", "prism");
        if (!File.Exists(prism))
        {
            throw new InvalidOperationException($"Prism is not installed at {prism}: run `npm --prefix tests/contract-proxy ci` (scripts/test.sh does).");
        }

        var port = FreePort();
        var start = new ProcessStartInfo(prism)
        {
            ArgumentList = { "proxy", document, upstream.ToString().TrimEnd('/'), "--errors", "false", "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["SCARF_ANALYTICS"] = "false", ["NO_COLOR"] = "1", ["FORCE_COLOR"] = "0" },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Prism did not start.");
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => Watch(e.Data, log, listening);
        process.ErrorDataReceived += (_, e) => Watch(e.Data, log, listening);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(listening.Task, exited, Task.Delay(StartDeadline)) != listening.Task)
        {
            Stop(process);
            throw new InvalidOperationException("Prism did not start listening:\n" + string.Join('\n', log.TakeLast(20)));
        }

        return new ContractProxy(process, new Uri($"http://127.0.0.1:{port}"), new ContractTraffic(document));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Stop(_prism);
        await _prism.WaitForExitAsync();
        _prism.Dispose();
    }

    private static void Watch(string? line, System.Collections.Concurrent.ConcurrentQueue<string> log, TaskCompletionSource listening)
    {
        if (line is null)
        {
            return;
        }

        if (log.Count < 200)
        {
            log.Enqueue(line);
        }

        if (line.Contains("Prism is listening on", StringComparison.Ordinal))
        {
            listening.TrySetResult();
        }
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

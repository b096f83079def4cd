using System.Diagnostics;
using System.Globalization;
using System.Text;
using GitGoods.LocalEnvironment.Configuration;
using GitGoods.LocalEnvironment.DynamoDbLocal;
using GitGoods.LocalEnvironment.Identity.Cognito;
using GitGoods.LocalEnvironment.Startup;

namespace GitGoods.TestSupport;

/// <summary>
/// The built local environment run as its own OS process (<c>dotnet GitGoods.LocalEnvironment.dll</c>, as scripts/run.sh
/// runs it), on a DynamoDB endpoint, table and state folder of the test's choosing, so a test can kill it for real
/// (SIGKILL) and start it again on the same data. Its fauxqs child is started by the stack itself.
/// </summary>
public sealed class StackProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output;

    private StackProcess(Process process, StringBuilder output, Uri baseAddress, string stateDirectory)
    {
        _process = process;
        _output = output;
        BaseAddress = baseAddress;
        StateDirectory = stateDirectory;
        Client = new HttpClient { BaseAddress = baseAddress };
        Identity = new CognitoClient(Client, AdminCredentials.Load(Path.Combine(stateDirectory, "identity")));
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public CognitoClient Identity { get; }

    public string StateDirectory { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The pid of the fauxqs (node) child this stack started, from its pid file in the state folder.</summary>
    public int FauxqsProcessId
    {
        get
        {
            return new PidFile(Path.Combine(StateDirectory, "fauxqs.pid")).ReadProcessId()
                ?? throw new InvalidOperationException("The stack wrote no fauxqs pid file.");
        }
    }

    /// <summary>Starts the stack and returns once it printed its ready line (or throws with its output).</summary>
    public static async Task<StackProcess> StartAsync(Uri dynamoDbEndpoint, string tableName, string stateDirectory, params string[] extraArgs)
    {
        ArgumentNullException.ThrowIfNull(dynamoDbEndpoint);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = stateDirectory,
        };
        Directory.CreateDirectory(stateDirectory);
        string[] args =
        [
            LocalEnvironmentDll(), "--urls", "http://127.0.0.1:0", "--dynamodb-endpoint", dynamoDbEndpoint.ToString(),
            "--table-name", tableName, "--state-dir", stateDirectory, "--web-root", Path.Combine(stateDirectory, "no-web-app"),
            "--rate-limit-permits", "0", "--fauxqs-dir", FauxqsFixture.InstallDirectory, .. extraArgs,
        ];
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        void OnLine(object sender, DataReceivedEventArgs e)
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data?.Contains(ReadyBanner.ReadyLine, StringComparison.Ordinal) == true)
            {
                ready.TrySetResult(e.Data);
            }
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var first = await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(120)));
            if (first != ready.Task)
            {
                throw new TimeoutException(process.HasExited ? $"It exited with {process.ExitCode}." : "It did not print its ready line within 120 s.");
            }

            var line = await ready.Task;
            var url = line[(line.IndexOf(ReadyBanner.ReadyLine, StringComparison.Ordinal) + ReadyBanner.ReadyLine.Length)..].Trim();
            return new StackProcess(process, output, new Uri(url), stateDirectory);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            KillTree(process);
            process.Dispose();
            string text;
            lock (output)
            {
                text = output.ToString();
            }

            throw new InvalidOperationException($"The stack process did not become ready. Its output:\n{text}", e);
        }
    }

    /// <summary>SIGKILL, as the kernel's OOM killer or a pulled plug would: no shutdown code runs. Waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Sends <paramref name="signal"/> (e.g. STOP, CONT, KILL) to a process by id with the system's <c>kill</c>.</summary>
    public static async Task SignalAsync(int processId, string signal)
    {
        var result = await ExternalProgram.RunAsync("kill", ["-" + signal, processId.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {processId} failed: {result.Stderr}");
        }
    }

    /// <summary>True while a process with this id exists (a zombie or stopped process counts).</summary>
    public static bool Exists(int processId) => Directory.Exists("/proc/" + processId.ToString(CultureInfo.InvariantCulture));

    /// <summary>Stops it as Ctrl-C would (SIGTERM) when it still runs, else kills what is left.</summary>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            await SignalAsync(_process.Id, "TERM");
            try
            {
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException)
            {
                KillTree(_process);
            }
        }

        _process.Dispose();
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    // The stack's build output beside the tests (it is a project reference), else its own bin folder.
    private static string LocalEnvironmentDll()
    {
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, "GitGoods.LocalEnvironment.runtimeconfig.json")))
        {
            return Path.Combine(AppContext.BaseDirectory, "GitGoods.LocalEnvironment.dll");
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        return Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "src", "Functions", "GitGoods.LocalEnvironment", "bin", configuration,
            "net10.0", "GitGoods.LocalEnvironment.dll");
    }
}

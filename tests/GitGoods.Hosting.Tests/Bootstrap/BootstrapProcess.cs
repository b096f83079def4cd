using System.Collections.Concurrent;
using System.Diagnostics;

namespace GitGoods.Hosting.Tests.Bootstrap;

/// <summary>
/// One run of the published bootstrap with a clean Lambda-like environment. Its output is collected line by
/// line; disposing kills it, so no test leaves a process behind.
/// </summary>
public sealed class BootstrapProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();

    private BootstrapProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Collect(_stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Collect(_stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public IReadOnlyList<string> StandardOutput => [.. _stdout];

    public string Diagnostics => $"stdout:\n{string.Join('\n', _stdout)}\nstderr:\n{string.Join('\n', _stderr)}";

    public static BootstrapProcess Start(string path, string runtimeApi, IEnumerable<(string Name, string Value)> variables)
    {
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Nothing from the developer's environment (real AWS credentials, a TABLE_NAME) may leak in.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal) || k is "_HANDLER" or "GITGOODS_FUNCTION" or "TABLE_NAME" or "POWERTOOLS_LOG_LEVEL").ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["AWS_LAMBDA_RUNTIME_API"] = runtimeApi;
        start.Environment["AWS_LAMBDA_FUNCTION_NAME"] = "gitgoods-process-test";
        start.Environment["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "128";
        start.Environment["AWS_REGION"] = "ap-southeast-1";
        start.Environment["AWS_ACCESS_KEY_ID"] = "test";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "test";
        start.Environment["POWERTOOLS_SERVICE_NAME"] = "gitgoods";
        foreach (var (name, value) in variables)
        {
            start.Environment[name] = value;
        }

        return new BootstrapProcess(Process.Start(start)!);
    }

    /// <summary>Waits for the process to exit on its own and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>Kills the process and waits until its output has been read to the end.</summary>
    public IReadOnlyList<string> StopAndReadOutput()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        // The overload without a timeout also waits for the redirected streams to reach end of file.
        _process.WaitForExit();
        return StandardOutput;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }

    private static void Collect(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}

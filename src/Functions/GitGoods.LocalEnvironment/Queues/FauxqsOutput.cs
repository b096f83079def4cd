using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Queues;

/// <summary>
/// Reads the launcher's output: every line goes to the log, the last lines are kept for error messages, and the
/// "fauxqs-listening &lt;url&gt;" line (or the process's exit) completes <see cref="Listening"/>.
/// </summary>
internal sealed class FauxqsOutput
{
    private const string ListeningPrefix = "fauxqs-listening ";
    private const int KeptLines = 60;
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FauxqsOutput(Process process, ILogger logger)
    {
        process.OutputDataReceived += (_, e) => Add(e.Data, logger);
        process.ErrorDataReceived += (_, e) => Add(e.Data, logger);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => _listening.TrySetException(
            new InvalidOperationException($"fauxqs exited with code {process.ExitCode} before it listened."));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (process.HasExited)
        {
            _listening.TrySetException(new InvalidOperationException($"fauxqs exited with code {process.ExitCode} before it listened."));
        }
    }

    /// <summary>The address fauxqs listens on, once it does.</summary>
    public Task<Uri> Listening => _listening.Task;

    public string Text
    {
        get
        {
            lock (_gate)
            {
                return string.Join('\n', _lines);
            }
        }
    }

    private void Add(string? line, ILogger logger)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        logger.Output(line);
        if (line.StartsWith(ListeningPrefix, StringComparison.Ordinal)
            && Uri.TryCreate(line[ListeningPrefix.Length..].Trim(), UriKind.Absolute, out var address))
        {
            _listening.TrySetResult(address);
        }

        lock (_gate)
        {
            _lines.Enqueue(line);
            while (_lines.Count > KeptLines)
            {
                _lines.Dequeue();
            }
        }
    }
}

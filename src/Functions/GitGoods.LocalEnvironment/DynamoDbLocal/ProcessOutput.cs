using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.DynamoDbLocal;

/// <summary>Captures a child process's output: every line goes to the log, and the last lines are kept for error messages.</summary>
internal sealed class ProcessOutput
{
    private const int KeptLines = 60;
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

    public ProcessOutput(Process process, ILogger logger)
    {
        process.OutputDataReceived += (_, e) => Add(e.Data, logger);
        process.ErrorDataReceived += (_, e) => Add(e.Data, logger);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

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

    public bool Contains(string text) => Text.Contains(text, StringComparison.Ordinal);

    private void Add(string? line, ILogger logger)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        logger.JavaOutput(line);
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

using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.DynamoDbLocal;

/// <summary>
/// Records the java process and the process that owns it (the stack), each by id and start time. Start times guard
/// against acting on an unrelated process that the operating system gave the same id later.
/// File format, one value a line: java pid, java start (UTC, ISO-8601), owner pid, owner start.
/// </summary>
public sealed class PidFile(string path)
{
    private static readonly TimeSpan StartTimeTolerance = TimeSpan.FromSeconds(2);

    public string Path { get; } = path;

    public void Write(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        using var owner = Process.GetCurrentProcess();
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        File.WriteAllText(Path, string.Create(CultureInfo.InvariantCulture,
            $"{process.Id}\n{process.StartTime.ToUniversalTime():O}\n{owner.Id}\n{owner.StartTime.ToUniversalTime():O}\n"));
    }

    /// <summary>The recorded java process id, or null when there is no readable file.</summary>
    public int? ReadProcessId() => Read() is { Length: > 0 } entries ? entries[0].Pid : null;

    /// <summary>Kills the java a crashed earlier run left behind, if it still runs.</summary>
    /// <exception cref="InvalidOperationException">When the run that started it is still alive: two stacks must not share a state folder.</exception>
    public void KillStale(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        if (Read() is not { Length: > 0 } entries)
        {
            return;
        }

        if (entries.Length > 1 && IsRunning(entries[1]) is { } owner)
        {
            owner.Dispose();
            throw new InvalidOperationException(
                $"Another local environment (pid {entries[1].Pid}) is running with this state folder ({System.IO.Path.GetDirectoryName(Path)}): stop it or use --state-dir.");
        }

        if (IsRunning(entries[0]) is { } java)
        {
            using (java)
            {
                logger.KillingStale(entries[0].Pid);
                java.Kill(entireProcessTree: true);
                java.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }

        Delete();
    }

    public void Delete() => File.Delete(Path);

    private static Process? IsRunning((int Pid, DateTime Started) recorded)
    {
        Process? process = null;
        try
        {
            process = Process.GetProcessById(recorded.Pid);
            if (!process.HasExited && (process.StartTime.ToUniversalTime() - recorded.Started).Duration() < StartTimeTolerance)
            {
                return process;
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // Not running, or exited while we looked.
        }

        process?.Dispose();
        return null;
    }

    private (int Pid, DateTime Started)[]? Read()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        var lines = File.ReadAllLines(Path);
        var entries = new List<(int, DateTime)>();
        for (var i = 0; i + 1 < lines.Length; i += 2)
        {
            if (!int.TryParse(lines[i], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                || !DateTime.TryParse(lines[i + 1], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var started))
            {
                break;
            }

            entries.Add((pid, started.ToUniversalTime()));
        }

        return [.. entries];
    }
}

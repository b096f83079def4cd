using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalStack.DynamoDbLocal;

/// <summary>
/// Records the java process id and start time. The start time guards against killing an unrelated process that
/// the operating system gave the same id after a reboot.
/// </summary>
public sealed class PidFile(string path)
{
    public string Path { get; } = path;

    public void Write(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        File.WriteAllText(Path, string.Create(CultureInfo.InvariantCulture,
            $"{process.Id}\n{process.StartTime.ToUniversalTime():O}\n"));
    }

    /// <summary>The recorded process id, or null when there is no readable file.</summary>
    public int? ReadProcessId() => Read()?.Pid;

    /// <summary>Kills the process a crashed earlier run left behind, if it still runs.</summary>
    public void KillStale(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        if (Read() is not { } recorded)
        {
            return;
        }

        try
        {
            using var process = Process.GetProcessById(recorded.Pid);
            var sameProcess = (process.StartTime.ToUniversalTime() - recorded.Started).Duration() < TimeSpan.FromSeconds(2);
            if (sameProcess && !process.HasExited)
            {
                logger.KillingStale(recorded.Pid);
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (ArgumentException)
        {
            // Not running any more.
        }
        catch (InvalidOperationException)
        {
            // Exited while we looked at it.
        }

        Delete();
    }

    public void Delete() => File.Delete(Path);

    private (int Pid, DateTime Started)? Read()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        var lines = File.ReadAllLines(Path);
        return lines.Length >= 2
            && int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && DateTime.TryParse(lines[1], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var started)
                ? (pid, started.ToUniversalTime())
                : null;
    }
}

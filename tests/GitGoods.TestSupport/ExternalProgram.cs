using System.Diagnostics;

namespace GitGoods.TestSupport;

/// <summary>Runs a program to its end with a deadline and returns its exit code and both outputs (e.g. <c>node</c> scripts).</summary>
public static class ExternalProgram
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <param name="configure">Sets the working directory or environment before the start.</param>
    /// <exception cref="TimeoutException">The program ran past <paramref name="timeout"/>; it was killed with its children.</exception>
    public static async Task<Result> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout, Action<ProcessStartInfo>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        configure?.Invoke(start);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} could not be started.");
        using var limit = new CancellationTokenSource(timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(limit.Token);
        var stderr = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException e)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}.", e);
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }
}

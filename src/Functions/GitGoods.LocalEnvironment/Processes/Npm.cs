using System.Diagnostics;

namespace GitGoods.LocalEnvironment.Processes;

/// <summary>
/// Runs one npm command for an engine the stack installs (DynamoDB Local, fauxqs): finds npm, captures its output,
/// kills it when cancelled, and turns a missing npm or a failing exit code into an error that says what needed it.
/// </summary>
internal static class Npm
{
    /// <summary>Runs <c>npm &lt;command&gt; &lt;package&gt; &lt;options&gt;</c> in <paramref name="workingDirectory"/>.</summary>
    /// <param name="neededBy">What npm is run for, named when npm cannot be run (for example "fauxqs").</param>
    /// <exception cref="InvalidOperationException">When npm is missing or fails.</exception>
    public static async Task RunAsync(
        string command, string package, IEnumerable<string> options, string workingDirectory, string neededBy, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(command);
        start.ArgumentList.Add(package);
        foreach (var option in options)
        {
            start.ArgumentList.Add(option);
        }

        Process? started;
        try
        {
            started = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Installing {neededBy} needs npm (Node.js): it could not be run.", e);
        }

        using var npm = started ?? throw new InvalidOperationException("npm could not be started.");
        var output = npm.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = npm.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await npm.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            npm.Kill(entireProcessTree: true);
            throw;
        }

        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm {command} {package} failed ({npm.ExitCode}): {await errors}{await output}");
        }
    }
}

using System.Diagnostics;

namespace GitGoods.LocalStack.Queues;

/// <summary>Installs one npm package with its production dependencies into a folder (<c>npm install --prefix</c>).</summary>
internal static class NpmInstall
{
    /// <exception cref="InvalidOperationException">When npm is missing or fails.</exception>
    public static async Task RunAsync(string package, string prefix, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(prefix);
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = prefix,
        };
        foreach (var argument in new[] { "install", "--prefix", prefix, package, "--no-audit", "--no-fund", "--omit=dev" })
        {
            start.ArgumentList.Add(argument);
        }

        Process? started;
        try
        {
            started = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Installing fauxqs needs npm (Node.js): it could not be run.", e);
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
            throw new InvalidOperationException($"npm install {package} failed ({npm.ExitCode}): {await errors}{await output}");
        }
    }
}

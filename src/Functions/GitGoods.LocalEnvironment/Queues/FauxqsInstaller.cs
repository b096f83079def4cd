using System.Diagnostics;
using System.Text.Json;
using GitGoods.LocalEnvironment.Processes;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.Queues;

/// <summary>
/// Installs fauxqs, an SQS emulator that speaks the JSON protocol of AWSSDK.SQS 4, with its dependencies from npm
/// (once; later calls find it installed), and puts the stack's launcher beside it, which binds it to 127.0.0.1.
/// </summary>
public sealed class FauxqsInstaller(ILogger<FauxqsInstaller> logger)
{
    public const string Version = "1.9.2";
    public const string NpmPackage = "fauxqs@" + Version;
    public const string LauncherName = "fauxqs-launcher.mjs";
    private const string LauncherResource = "GitGoods.LocalEnvironment.Queues.fauxqs-launcher.mjs";

    /// <summary>Returns the launcher script's path in <paramref name="installDirectory"/>, installing fauxqs first when missing.</summary>
    /// <exception cref="InvalidOperationException">When npm fails.</exception>
    public async Task<string> EnsureInstalledAsync(string installDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installDirectory);
        if (!IsInstalled(installDirectory))
        {
            await InstallAsync(installDirectory, cancellationToken);
        }

        return await WriteLauncherAsync(installDirectory, cancellationToken);
    }

    /// <summary>True when <paramref name="installDirectory"/> holds fauxqs <see cref="Version"/>.</summary>
    public static bool IsInstalled(string installDirectory)
    {
        var manifest = Path.Combine(installDirectory, "node_modules", "fauxqs", "package.json");
        if (!File.Exists(manifest))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(manifest));
            return document.RootElement.TryGetProperty("version", out var version)
                && string.Equals(version.GetString(), Version, StringComparison.Ordinal);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private async Task InstallAsync(string installDirectory, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        logger.Installing("fauxqs", NpmPackage, installDirectory);
        var parent = Path.GetDirectoryName(Path.GetFullPath(installDirectory))!;
        Directory.CreateDirectory(parent);
        // Staged beside the target so the final move is a rename on one file system: a crash never leaves half an install.
        var staging = Path.Combine(parent, $".{Path.GetFileName(installDirectory)}-{Guid.NewGuid():N}");
        try
        {
            // Installs the package with its production dependencies into the staging folder.
            Directory.CreateDirectory(staging);
            await Npm.RunAsync(
                "install", NpmPackage, ["--prefix", staging, "--no-audit", "--no-fund", "--omit=dev"], staging, "fauxqs", cancellationToken);
            if (!IsInstalled(staging))
            {
                throw new InvalidOperationException($"npm install {NpmPackage} left no node_modules/fauxqs {Version}.");
            }

            MoveIntoPlace(staging, installDirectory);
        }
        finally
        {
            TryDelete(staging);
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        logger.Installed("fauxqs", seconds);
    }

    private static async Task<string> WriteLauncherAsync(string installDirectory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(installDirectory, LauncherName);
        await using var resource = typeof(FauxqsInstaller).Assembly.GetManifestResourceStream(LauncherResource)
            ?? throw new InvalidOperationException($"The resource {LauncherResource} is missing.");
        using var reader = new StreamReader(resource);
        var script = await reader.ReadToEndAsync(cancellationToken);
        if (!File.Exists(path) || !string.Equals(await File.ReadAllTextAsync(path, cancellationToken), script, StringComparison.Ordinal))
        {
            // Written whole under another name, then renamed: a concurrent start never runs half a script.
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            await File.WriteAllTextAsync(temporary, script, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }

        return path;
    }

    private static void MoveIntoPlace(string staging, string installDirectory)
    {
        if (Directory.Exists(installDirectory))
        {
            if (IsInstalled(installDirectory))
            {
                return; // Another process installed it meanwhile.
            }

            Directory.Delete(installDirectory, recursive: true);
        }

        try
        {
            Directory.Move(staging, installDirectory);
        }
        catch (IOException) when (IsInstalled(installDirectory))
        {
            // Lost a race with another installer; its copy is as good as ours.
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}

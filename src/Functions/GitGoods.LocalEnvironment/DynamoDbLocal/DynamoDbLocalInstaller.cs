using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using GitGoods.LocalEnvironment.Processes;
using Microsoft.Extensions.Logging;

namespace GitGoods.LocalEnvironment.DynamoDbLocal;

/// <summary>
/// Installs the official DynamoDB Local engine from the npm tarball of amplify-dynamodb-simulator, which carries it
/// (AWS's own download is not reachable here). Only <c>package/emulator/**</c> is kept.
/// </summary>
public sealed class DynamoDbLocalInstaller(ILogger<DynamoDbLocalInstaller> logger)
{
    public const string NpmPackage = "amplify-dynamodb-simulator@2.9.30";
    public const string JarName = "DynamoDBLocal.jar";
    public const string LibraryFolder = "DynamoDBLocal_lib";
    private const string EmulatorPrefix = "package/emulator/";

    /// <summary>Returns the path of DynamoDBLocal.jar in <paramref name="installDirectory"/>, installing it first when missing.</summary>
    /// <exception cref="InvalidOperationException">When npm fails or the tarball holds no DynamoDB Local.</exception>
    public async Task<string> EnsureInstalledAsync(string installDirectory, CancellationToken cancellationToken)
    {
        var jar = Path.Combine(installDirectory, JarName);
        if (File.Exists(jar))
        {
            return jar;
        }

        var started = Stopwatch.GetTimestamp();
        logger.Installing("DynamoDB Local", NpmPackage, installDirectory);
        var work = Directory.CreateTempSubdirectory("gitgoods-dynamodb-").FullName;
        var parent = Path.GetDirectoryName(Path.GetFullPath(installDirectory)) ?? work;
        Directory.CreateDirectory(parent);
        // Staged beside the target so the final move is a rename on one file system: a crash never leaves half a jar.
        var staging = Path.Combine(parent, $".{Path.GetFileName(installDirectory)}-{Guid.NewGuid():N}");
        try
        {
            // Fetches only the package's tarball, without installing it or its dependencies.
            await Npm.RunAsync("pack", NpmPackage, ["--pack-destination", work, "--silent"], work, "DynamoDB Local", cancellationToken);
            var tarball = Directory.GetFiles(work, "*.tgz").FirstOrDefault()
                ?? throw new InvalidOperationException($"npm pack {NpmPackage} wrote no tarball.");
            await ExtractEmulatorAsync(tarball, staging, cancellationToken);
            if (!File.Exists(Path.Combine(staging, JarName)))
            {
                throw new InvalidOperationException($"{NpmPackage} holds no {EmulatorPrefix}{JarName}.");
            }

            MoveIntoPlace(staging, installDirectory);
        }
        finally
        {
            TryDelete(work);
            TryDelete(staging);
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        logger.Installed("DynamoDB Local", seconds);
        return jar;
    }

    /// <summary>Extracts the entries under <c>package/emulator/</c> of an npm .tgz into <paramref name="target"/>.</summary>
    public static async Task ExtractEmulatorAsync(string tarball, string target, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(target) + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(root);
        await using var file = File.OpenRead(tarball);
        await using var gzip = new GZipStream(file, CompressionMode.Decompress);
        await using var reader = new TarReader(gzip);
        while (await reader.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
        {
            if (!entry.Name.StartsWith(EmulatorPrefix, StringComparison.Ordinal)
                || entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
            {
                continue;
            }

            var path = Path.GetFullPath(Path.Combine(root, entry.Name[EmulatorPrefix.Length..]));
            if (!path.StartsWith(root, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The tarball entry '{entry.Name}' points outside its folder.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await entry.ExtractToFileAsync(path, overwrite: true, cancellationToken);
        }
    }

    private static void MoveIntoPlace(string staging, string installDirectory)
    {
        if (Directory.Exists(installDirectory))
        {
            if (File.Exists(Path.Combine(installDirectory, JarName)))
            {
                return; // Another process installed it meanwhile.
            }

            Directory.Delete(installDirectory, recursive: true);
        }

        try
        {
            Directory.Move(staging, installDirectory);
        }
        catch (IOException) when (File.Exists(Path.Combine(installDirectory, JarName)))
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

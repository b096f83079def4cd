using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;

namespace GitGoods.Adapters.Encryption;

/// <summary>
/// The local key-ring file on disk: owner-only from the moment it exists (0600 in a 0700 folder; a file others can
/// read is refused), replaced by renaming a temp file so a reader sees the old ring or the new one, and created or
/// rotated under a lock file so concurrent instances or processes agree on one ring. Error messages name the path and
/// key ids, never a key.
/// </summary>
internal sealed class LocalKeyRingStore(string filePath, TimeProvider time)
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerOnly | UnixFileMode.UserExecute;
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);

    public string FilePath { get; } = filePath;

    /// <summary>The ring in the file, or a new ring with one key when there is no file yet.</summary>
    public LocalKeyRingFile ReadOrCreate(bool lockHeld)
    {
        if (!File.Exists(FilePath))
        {
            using var writing = lockHeld ? null : Lock();
            if (!File.Exists(FilePath))
            {
                var ring = new LocalKeyRingFile { Keys = [NewEntry(0)] };
                Replace(ring);
                return ring;
            }
        }

        RefuseIfOthersCanRead();
        var bytes = File.ReadAllBytes(FilePath);
        try
        {
            var ring = JsonSerializer.Deserialize(bytes, LocalKeyRingJsonContext.Default.LocalKeyRingFile);
            if (ring is null || ring.Keys.Count == 0 || ring.Keys.DistinctBy(k => k.Id, StringComparer.Ordinal).Count() != ring.Keys.Count)
            {
                throw new InvalidDataException($"The key ring {FilePath} has no keys, or two keys with one id.");
            }

            return ring;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The key ring {FilePath} is not valid JSON.", e);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>A new random 256-bit key; <paramref name="index"/> is its place in the ring (for a readable id).</summary>
    public LocalKeyRingEntry NewEntry(int index)
    {
        var key = RandomNumberGenerator.GetBytes(GeneratedDataKey.KeySize);
        var now = time.GetUtcNow();
        try
        {
            return new LocalKeyRingEntry
            {
                Id = $"local-{index + 1}-{now:yyyyMMdd'T'HHmmss'Z'}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}",
                Key = Convert.ToBase64String(key),
                CreatedAt = now,
            };
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>
    /// Holds <c>&lt;key ring&gt;.lock</c> exclusively (an advisory lock, released on dispose), so only one instance or
    /// process creates or rotates the ring at a time. The lock file stays in place: deleting it would race.
    /// </summary>
    public FileStream Lock()
    {
        CreateFolder();
        var started = Stopwatch.GetTimestamp(); // real time: a fake clock for createdAt must not make this wait forever
        var wait = new SpinWait();
        while (true)
        {
            try
            {
                var options = FileOptionsFor(FileMode.OpenOrCreate);
                return new FileStream(FilePath + ".lock", options);
            }
            catch (IOException) when (Stopwatch.GetElapsedTime(started) < LockTimeout)
            {
                wait.SpinOnce(sleep1Threshold: 10);
            }
        }
    }

    /// <summary>Writes a temp file (owner-only) and renames it over the key ring, so a reader sees the old or the new ring.</summary>
    public void Replace(LocalKeyRingFile ring)
    {
        CreateFolder();
        var json = JsonSerializer.SerializeToUtf8Bytes(ring, LocalKeyRingJsonContext.Default.LocalKeyRingFile);
        var temp = FilePath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var stream = new FileStream(temp, FileOptionsFor(FileMode.CreateNew)))
            {
                stream.Write(json);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, FilePath, overwrite: true);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(json);
            File.Delete(temp);
        }
    }

    private static FileStreamOptions FileOptionsFor(FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        return options;
    }

    private void CreateFolder()
    {
        var folder = Path.GetDirectoryName(FilePath)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }
    }

    private void RefuseIfOthersCanRead()
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(FilePath) & ~OwnerOnlyFolder) != UnixFileMode.None)
        {
            throw new InvalidOperationException($"The key ring {FilePath} is readable or writable by others: make it owner-only (chmod 600).");
        }
    }
}

using System.Security.Cryptography;

namespace GitGoods.Adapters.Encryption;

/// <summary>
/// The local environment's stand-in for KMS. <b>Not for production</b>: the master keys lie unencrypted in a JSON file
/// (<c>&lt;state-dir&gt;/keys/order-pii-keys.json</c>, mode 0600 in a 0700 folder), so anyone who can read the file
/// and the data can read the personal data. The file is created with one random 256-bit key on first use. The last key
/// in the file wraps new data keys (AES-256-GCM, the key id as associated data); every key in it can unwrap, so
/// <see cref="Rotate"/> (adding a key) keeps old data readable. Creating and rotating hold a lock file next to the key
/// ring and replace the ring with a rename, so concurrent instances (or processes) agree on one ring and a reader sees
/// the old ring or the new one, never half. Logs nothing; <see cref="ToString"/> shows only the path.
/// </summary>
public sealed class LocalKeyFileDataKeySource : IDataKeySource, IDisposable
{
    public const string FileName = "order-pii-keys.json";

    private readonly LocalKeyRingStore _store;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LocalMasterKey> _keys = new(StringComparer.Ordinal);
    private LocalMasterKey? _newest;
    private bool _disposed;

    public LocalKeyFileDataKeySource(string filePath, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrEmpty(filePath);
        ArgumentNullException.ThrowIfNull(time);
        _store = new LocalKeyRingStore(Path.GetFullPath(filePath), time);
    }

    /// <summary>The key-ring file.</summary>
    public string FilePath => _store.FilePath;

    /// <summary>The id of the master key that wraps new data keys (creates the file if it is not there yet).</summary>
    public string CurrentKeyId
    {
        get
        {
            lock (_gate)
            {
                return Newest().Id;
            }
        }
    }

    /// <summary>Where the local environment keeps the key ring under its state folder.</summary>
    public static string PathIn(string stateDirectory) => Path.Combine(stateDirectory, "keys", FileName);

    public Task<GeneratedDataKey> GenerateDataKeyAsync(CancellationToken ct)
    {
        LocalMasterKey master;
        lock (_gate)
        {
            master = Newest();
        }

        var dataKey = GC.AllocateUninitializedArray<byte>(GeneratedDataKey.KeySize, pinned: true);
        RandomNumberGenerator.Fill(dataKey);
        return Task.FromResult(new GeneratedDataKey(master.Id, dataKey, master.Wrap(dataKey)));
    }

    public Task<byte[]> DecryptDataKeyAsync(string keyId, byte[] encryptedKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        ArgumentNullException.ThrowIfNull(encryptedKey);
        LocalMasterKey? master;
        lock (_gate)
        {
            Newest();
            if (!_keys.TryGetValue(keyId, out master))
            {
                Reload(); // another process may have rotated
                _keys.TryGetValue(keyId, out master);
            }
        }

        return master is null
            ? throw new CryptographicException($"No master key '{keyId}' in {FilePath}.")
            : Task.FromResult(master.Unwrap(encryptedKey));
    }

    /// <summary>
    /// Adds a new random master key to the file and makes it the one that wraps new data keys; data wrapped under
    /// older keys stays readable. Returns the new key's id. (Tests and docs/decisions/0009 use this; the file can
    /// also be edited by hand: append an entry.)
    /// </summary>
    public string Rotate()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var writing = _store.Lock();
            var ring = _store.ReadOrCreate(lockHeld: true);
            var entry = _store.NewEntry(ring.Keys.Count);
            ring.Keys.Add(entry);
            _store.Replace(ring);
            Take(ring);
            return entry.Id;
        }
    }

    /// <summary>Zeroes the master keys held in memory.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var key in _keys.Values)
            {
                key.Dispose();
            }

            _keys.Clear();
            _newest = null;
        }
    }

    public override string ToString() => $"LocalKeyFileDataKeySource {{ FilePath = {FilePath} }}";

    private LocalMasterKey Newest()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_newest is null)
        {
            Reload();
        }

        return _newest!;
    }

    private void Reload() => Take(_store.ReadOrCreate(lockHeld: false));

    /// <summary>Adds the ring's keys not yet in memory (keys already held are kept, never replaced).</summary>
    private void Take(LocalKeyRingFile ring)
    {
        foreach (var entry in ring.Keys)
        {
            if (!_keys.ContainsKey(entry.Id))
            {
                _keys[entry.Id] = new LocalMasterKey(entry.Id, Decode(entry), entry.CreatedAt);
            }
        }

        _newest = _keys[ring.Keys[^1].Id];
    }

    private byte[] Decode(LocalKeyRingEntry entry)
    {
        var key = GC.AllocateUninitializedArray<byte>(GeneratedDataKey.KeySize, pinned: true);
        if (!Convert.TryFromBase64String(entry.Key ?? string.Empty, key, out var written) || written != GeneratedDataKey.KeySize)
        {
            CryptographicOperations.ZeroMemory(key);
            throw new InvalidDataException($"Key '{entry.Id}' in {FilePath} is not a base64 256-bit key.");
        }

        return key;
    }
}

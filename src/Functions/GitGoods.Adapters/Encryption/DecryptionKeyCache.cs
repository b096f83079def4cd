namespace GitGoods.Adapters.Encryption;

/// <summary>
/// Unwrapped data keys by (master key id, wrapped key), so reading many records written under the same data key asks
/// the key source once. Bounded in size (the oldest entry goes first) and in age; an evicted key is zeroed as soon as
/// no call is still using it. Expired entries are dropped on the next lookup or insert, or on dispose.
/// </summary>
internal sealed class DecryptionKeyCache(TimeProvider time, TimeSpan lifetime, int capacity) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string KeyId, string EncryptedKey), (DataKeyHandle Key, DateTimeOffset At)> _entries = [];

    /// <summary>A cached key with a reference the caller releases, or null.</summary>
    public DataKeyHandle? TryGet(string keyId, string encryptedKey)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue((keyId, encryptedKey), out var entry))
            {
                return null;
            }

            if (Expired(entry.At))
            {
                _entries.Remove((keyId, encryptedKey));
                entry.Key.Release();
                return null;
            }

            return entry.Key.TryAddReference() ? entry.Key : null;
        }
    }

    /// <summary>Caches <paramref name="key"/> with a reference of its own; the caller keeps its reference.</summary>
    public void Add(DataKeyHandle key)
    {
        lock (_gate)
        {
            RemoveExpired();
            var id = (key.KeyId, key.EncryptedKey);
            if (_entries.ContainsKey(id) || !key.TryAddReference())
            {
                return;
            }

            if (_entries.Count >= capacity)
            {
                var oldest = _entries.MinBy(e => e.Value.At);
                _entries.Remove(oldest.Key);
                oldest.Value.Key.Release();
            }

            _entries[id] = (key, time.GetUtcNow());
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var entry in _entries.Values)
            {
                entry.Key.Release();
            }

            _entries.Clear();
        }
    }

    private void RemoveExpired()
    {
        foreach (var (id, entry) in _entries.Where(e => Expired(e.Value.At)).ToList())
        {
            _entries.Remove(id);
            entry.Key.Release();
        }
    }

    private bool Expired(DateTimeOffset at) => time.GetUtcNow() - at >= lifetime;
}

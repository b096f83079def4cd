namespace GitGoods.Adapters.Encryption;

/// <summary>
/// The one data key new data is encrypted with, reused until it is <c>lifetime</c> old or has served
/// <c>maxEncryptions</c> field encryptions; then the next call generates a new one. One generation at a time, so a
/// burst of calls on an expired key makes one call to the key source, not one each.
/// </summary>
internal sealed class EncryptionKeyCache(IDataKeySource source, TimeProvider time, TimeSpan lifetime, int maxEncryptions) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _generating = new(1, 1);
    private DataKeyHandle? _current;
    private DateTimeOffset _createdAt;
    private int _used;

    /// <summary>
    /// A key good for <paramref name="encryptions"/> more encryptions (one call is never split across keys; a call
    /// with more fields than the limit gets a fresh key to itself). The caller releases the returned reference.
    /// <paramref name="generated"/> sees each newly generated key.
    /// </summary>
    public async Task<DataKeyHandle> AcquireAsync(int encryptions, Action<DataKeyHandle> generated, CancellationToken ct)
    {
        if (TryReserve(encryptions) is { } cached)
        {
            return cached;
        }

        await _generating.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (TryReserve(encryptions) is { } raced)
            {
                return raced;
            }

            var fresh = await source.GenerateDataKeyAsync(ct).ConfigureAwait(false);
            var handle = new DataKeyHandle(fresh.KeyId, fresh.Plaintext, Convert.ToBase64String(fresh.EncryptedKey));
            generated(handle);
            lock (_gate)
            {
                _current?.Release();
                _current = handle;
                _createdAt = time.GetUtcNow();
                _used = encryptions;
                handle.TryAddReference();
                return handle;
            }
        }
        finally
        {
            _generating.Release();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _current?.Release();
            _current = null;
        }

        _generating.Dispose();
    }

    private DataKeyHandle? TryReserve(int encryptions)
    {
        lock (_gate)
        {
            if (_current is null)
            {
                return null;
            }

            if (time.GetUtcNow() - _createdAt >= lifetime || _used + encryptions > maxEncryptions)
            {
                // Retired: zeroed as soon as no call is still using it.
                _current.Release();
                _current = null;
                return null;
            }

            _used += encryptions;
            _current.TryAddReference();
            return _current;
        }
    }
}

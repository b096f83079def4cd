using System.Security.Cryptography;

namespace GitGoods.Adapters.Encryption;

/// <summary>
/// A plaintext data key shared by the caches and the calls using it, with a reference count: the bytes are zeroed when
/// the last holder releases them, so a key evicted from a cache is never zeroed under a call still encrypting with it.
/// Whoever creates a handle holds its first reference.
/// </summary>
internal sealed class DataKeyHandle
{
    private readonly byte[] _key;
    private readonly Lock _gate = new();
    private int _references = 1;

    /// <summary>Takes ownership of <paramref name="key"/> (zeroed when the last reference goes).</summary>
    public DataKeyHandle(string keyId, byte[] key, string encryptedKey)
    {
        KeyId = keyId;
        _key = key;
        EncryptedKey = encryptedKey;
    }

    public string KeyId { get; }

    /// <summary>The wrapped key, base64, as stored.</summary>
    public string EncryptedKey { get; }

    /// <summary>The plaintext key; read it only while holding a reference.</summary>
    public ReadOnlySpan<byte> Key => _key;

    /// <summary>Adds a reference, unless the key was already zeroed.</summary>
    public bool TryAddReference()
    {
        lock (_gate)
        {
            if (_references == 0)
            {
                return false;
            }

            _references++;
            return true;
        }
    }

    public void Release()
    {
        lock (_gate)
        {
            if (_references == 0)
            {
                return;
            }

            _references--;
            if (_references == 0)
            {
                CryptographicOperations.ZeroMemory(_key);
            }
        }
    }

    public override string ToString() => $"DataKeyHandle {{ KeyId = {KeyId}, Key = [redacted] }}";
}

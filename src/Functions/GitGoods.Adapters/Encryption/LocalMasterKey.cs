using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace GitGoods.Adapters.Encryption;

/// <summary>
/// One local master key in memory (a pinned array, zeroed on dispose). Wraps a data key as
/// <c>version (1) ‖ nonce (12) ‖ AES-256-GCM ciphertext (32) ‖ tag (16)</c>, with its own key id as associated data.
/// </summary>
internal sealed class LocalMasterKey(string id, byte[] key, DateTimeOffset createdAt) : IDisposable
{
    private const byte WrapVersion = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int WrappedSize = 1 + NonceSize + GeneratedDataKey.KeySize + TagSize;

    public string Id { get; } = id;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public byte[] Wrap(ReadOnlySpan<byte> dataKey)
    {
        var output = new byte[WrappedSize];
        output[0] = WrapVersion;
        RandomNumberGenerator.Fill(output.AsSpan(1, NonceSize));
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(output.AsSpan(1, NonceSize), dataKey, output.AsSpan(1 + NonceSize, dataKey.Length), output.AsSpan(WrappedSize - TagSize),
            AssociatedData(WrapVersion));
        return output;
    }

    /// <summary>The data key, or a <see cref="CryptographicException"/> when the blob does not authenticate.</summary>
    public byte[] Unwrap(ReadOnlySpan<byte> wrapped)
    {
        if (wrapped.Length != WrappedSize || wrapped[0] != WrapVersion)
        {
            throw new CryptographicException("The wrapped data key has the wrong length or format version.");
        }

        var dataKey = GC.AllocateUninitializedArray<byte>(GeneratedDataKey.KeySize, pinned: true);
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(wrapped.Slice(1, NonceSize), wrapped.Slice(1 + NonceSize, GeneratedDataKey.KeySize), wrapped[^TagSize..], dataKey,
                AssociatedData(wrapped[0]));
            return dataKey;
        }
        catch
        {
            CryptographicOperations.ZeroMemory(dataKey);
            throw;
        }
    }

    public void Dispose() => CryptographicOperations.ZeroMemory(key);

    public override string ToString() => $"LocalMasterKey {{ Id = {Id}, Key = [redacted] }}";

    private byte[] AssociatedData(byte version)
    {
        var label = "gitgoods/local-key-wrap"u8;
        var idBytes = Encoding.UTF8.GetBytes(Id);
        var aad = new byte[label.Length + 1 + 4 + idBytes.Length];
        label.CopyTo(aad);
        aad[label.Length] = version;
        BinaryPrimitives.WriteInt32BigEndian(aad.AsSpan(label.Length + 1), idBytes.Length);
        idBytes.CopyTo(aad.AsSpan(label.Length + 5));
        return aad;
    }
}

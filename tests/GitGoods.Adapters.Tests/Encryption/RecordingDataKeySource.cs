using System.Collections.Concurrent;
using GitGoods.Adapters.Encryption;

namespace GitGoods.Adapters.Tests.Encryption;

/// <summary>Counts calls to a real key source and keeps the plaintext arrays it hands over, to check they get zeroed.</summary>
public sealed class RecordingDataKeySource(IDataKeySource inner) : IDataKeySource
{
    private int _generated;
    private int _decrypted;

    public int Generated => Volatile.Read(ref _generated);

    public int Decrypted => Volatile.Read(ref _decrypted);

    public ConcurrentQueue<byte[]> GeneratedKeys { get; } = new();

    public ConcurrentQueue<byte[]> DecryptedKeys { get; } = new();

    public async Task<GeneratedDataKey> GenerateDataKeyAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref _generated);
        var key = await inner.GenerateDataKeyAsync(ct);
        GeneratedKeys.Enqueue(key.Plaintext);
        return key;
    }

    public async Task<byte[]> DecryptDataKeyAsync(string keyId, byte[] encryptedKey, CancellationToken ct)
    {
        Interlocked.Increment(ref _decrypted);
        var key = await inner.DecryptDataKeyAsync(keyId, encryptedKey, ct);
        DecryptedKeys.Enqueue(key);
        return key;
    }

    public static bool IsZeroed(byte[] key) => key.All(b => b == 0);
}

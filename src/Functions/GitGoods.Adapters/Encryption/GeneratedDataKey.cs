namespace GitGoods.Adapters.Encryption;

/// <summary>
/// A new data key from an <see cref="IDataKeySource"/>: the master key that wrapped it, the 32-byte plaintext key
/// (owned by the receiver, who zeroes it when done) and the wrapped key that is stored with the data.
/// <see cref="ToString"/> never shows the plaintext.
/// </summary>
public sealed class GeneratedDataKey
{
    public const int KeySize = 32;

    public GeneratedDataKey(string keyId, byte[] plaintext, byte[] encryptedKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentNullException.ThrowIfNull(encryptedKey);
        if (plaintext.Length != KeySize)
        {
            throw new ArgumentException($"A data key is {KeySize} bytes, not {plaintext.Length}.", nameof(plaintext));
        }

        if (encryptedKey.Length == 0)
        {
            throw new ArgumentException("The wrapped data key is empty.", nameof(encryptedKey));
        }

        KeyId = keyId;
        Plaintext = plaintext;
        EncryptedKey = encryptedKey;
    }

    /// <summary>The master key (and, for the local key file, its version) that wrapped the data key.</summary>
    public string KeyId { get; }

    /// <summary>The data key itself. Secret: the receiver owns this array and zeroes it when done.</summary>
#pragma warning disable CA1819 // The key must be an array the receiver can zero in place.
    public byte[] Plaintext { get; }

    /// <summary>The data key wrapped under <see cref="KeyId"/>; stored next to the ciphertexts.</summary>
    public byte[] EncryptedKey { get; }
#pragma warning restore CA1819

    public override string ToString() => $"GeneratedDataKey {{ KeyId = {KeyId}, Plaintext = [redacted], EncryptedKey = {EncryptedKey.Length} bytes }}";
}

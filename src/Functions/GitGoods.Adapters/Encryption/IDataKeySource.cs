namespace GitGoods.Adapters.Encryption;

/// <summary>
/// Where <see cref="EnvelopeFieldProtector"/> gets its data keys and has them unwrapped: AWS KMS in the cloud
/// (<see cref="KmsDataKeySource"/>), a local key file on the local environment (<see cref="LocalKeyFileDataKeySource"/>).
/// Plaintext key arrays change hands: whoever receives one owns it and zeroes it when done.
/// </summary>
public interface IDataKeySource
{
    /// <summary>A fresh 256-bit data key, in plaintext and wrapped under the current master key.</summary>
    Task<GeneratedDataKey> GenerateDataKeyAsync(CancellationToken ct);

    /// <summary>
    /// Unwraps a data key that master key <paramref name="keyId"/> wrapped. Throws
    /// <see cref="System.Security.Cryptography.CryptographicException"/> when the blob does not unwrap (it was changed, or
    /// another key wrapped it); other failures (network, throttling, a disabled key) propagate as they are.
    /// </summary>
    Task<byte[]> DecryptDataKeyAsync(string keyId, byte[] encryptedKey, CancellationToken ct);
}

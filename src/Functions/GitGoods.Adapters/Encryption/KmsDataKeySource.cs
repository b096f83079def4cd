using System.Security.Cryptography;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace GitGoods.Adapters.Encryption;

/// <summary>
/// Data keys from AWS KMS: <c>GenerateDataKey</c> (AES_256) under the configured key, <c>Decrypt</c> to unwrap. Both send
/// the fixed encryption context <c>{"purpose": "gitgoods-order-pii"}</c>, so a blob wrapped for another purpose under
/// the same key does not unwrap here. The per-order binding is in the AES-GCM associated data instead, because one
/// cached data key serves many orders (docs/decisions/0009-personal-data-encryption.md).
/// </summary>
public sealed class KmsDataKeySource : IDataKeySource
{
    /// <summary>The environment variable naming the KMS key (key id, key ARN, alias name or alias ARN).</summary>
    public const string KeyIdVariable = "ORDER_PII_KMS_KEY_ID";

    /// <summary>The value of the encryption context's <c>purpose</c> entry.</summary>
    public const string Purpose = "gitgoods-order-pii";

    private readonly IAmazonKeyManagementService _kms;
    private readonly string _keyId;

    public KmsDataKeySource(IAmazonKeyManagementService kms, string keyId)
    {
        ArgumentNullException.ThrowIfNull(kms);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        _kms = kms;
        _keyId = keyId;
    }

    public async Task<GeneratedDataKey> GenerateDataKeyAsync(CancellationToken ct)
    {
        var response = await _kms.GenerateDataKeyAsync(new GenerateDataKeyRequest
        {
            KeyId = _keyId,
            KeySpec = DataKeySpec.AES_256,
            EncryptionContext = EncryptionContext(),
        }, ct).ConfigureAwait(false);
        var plaintext = TakeBytes(response.Plaintext);
        if (string.IsNullOrEmpty(response.KeyId) || response.CiphertextBlob is null)
        {
            CryptographicOperations.ZeroMemory(plaintext);
            throw new InvalidOperationException("KMS GenerateDataKey answered without a key id or a wrapped key.");
        }

        // KeyId in the answer is the key's ARN (never an alias), so data stays readable if the alias moves.
        return new GeneratedDataKey(response.KeyId, plaintext, response.CiphertextBlob.ToArray());
    }

    public async Task<byte[]> DecryptDataKeyAsync(string keyId, byte[] encryptedKey, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        ArgumentNullException.ThrowIfNull(encryptedKey);
        DecryptResponse response;
        try
        {
            response = await _kms.DecryptAsync(new DecryptRequest
            {
                // A key wrapped in the other region of a warm standby unwraps with this region's replica of the key.
                KeyId = MultiRegionKeyArn.ForLocalRegion(keyId, _keyId),
                CiphertextBlob = new MemoryStream(encryptedKey, writable: false),
                EncryptionContext = EncryptionContext(),
                EncryptionAlgorithm = EncryptionAlgorithmSpec.SYMMETRIC_DEFAULT,
            }, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidCiphertextException or IncorrectKeyException)
        {
            throw new CryptographicException("KMS refused to unwrap the data key: it was changed, or another key or context wrapped it.", e);
        }

        return TakeBytes(response.Plaintext);
    }

    private static Dictionary<string, string> EncryptionContext() => new(StringComparer.Ordinal) { ["purpose"] = Purpose };

    /// <summary>Copies the key out of the SDK's stream into a pinned array, then overwrites the stream's copy.</summary>
    private static byte[] TakeBytes(MemoryStream? stream)
    {
        if (stream is null)
        {
            throw new InvalidOperationException("KMS answered without a plaintext key.");
        }

        using (stream)
        {
            var bytes = GC.AllocateUninitializedArray<byte>((int)stream.Length, pinned: true);
            stream.Position = 0;
            stream.ReadExactly(bytes);
            if (stream.CanWrite)
            {
                stream.Position = 0;
                stream.Write(new byte[bytes.Length]);
            }

            return bytes;
        }
    }
}

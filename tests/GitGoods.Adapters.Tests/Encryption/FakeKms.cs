using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.Runtime;

namespace GitGoods.Adapters.Tests.Encryption;

/// <summary>
/// A hand-written KMS: the real client type with GenerateDataKey and Decrypt answered in memory, as KMS does — the
/// blob is bound to the key and to the encryption context, a wrong context or a changed blob is an
/// InvalidCiphertextException, another key id an IncorrectKeyException. Every request is recorded. Any other call
/// would go to a closed local port.
/// </summary>
public sealed class FakeKms() : AmazonKeyManagementServiceClient(
    new BasicAWSCredentials("test", "test"),
    new AmazonKeyManagementServiceConfig { ServiceURL = "http://127.0.0.1:9", AuthenticationRegion = "ap-southeast-1", MaxErrorRetry = 0 })
{
    public const string Alias = "alias/gitgoods-order-pii";
    public const string KeyArn = "arn:aws:kms:ap-southeast-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private readonly byte[] _masterKey = RandomNumberGenerator.GetBytes(32);

    public ConcurrentQueue<GenerateDataKeyRequest> Generates { get; } = new();

    public ConcurrentQueue<DecryptRequest> Decrypts { get; } = new();

    /// <summary>The arrays behind every plaintext stream handed out, to check the caller overwrote them.</summary>
    public ConcurrentQueue<byte[]> PlaintextBuffers { get; } = new();

    /// <summary>When set, every call fails with this (throttling, an outage).</summary>
    public Exception? FailWith { get; set; }

    public override Task<GenerateDataKeyResponse> GenerateDataKeyAsync(GenerateDataKeyRequest request, CancellationToken cancellationToken = default)
    {
        Generates.Enqueue(request);
        if (FailWith is { } failure)
        {
            throw failure;
        }

        if (request.KeyId is not (Alias or KeyArn))
        {
            throw new NotFoundException($"Key '{request.KeyId}' does not exist");
        }

        var dataKey = RandomNumberGenerator.GetBytes(request.KeySpec == DataKeySpec.AES_256 ? 32 : 16);
        var nonce = RandomNumberGenerator.GetBytes(12);
        var blob = new byte[12 + dataKey.Length + 16];
        nonce.CopyTo(blob, 0);
        using (var aes = new AesGcm(_masterKey, 16))
        {
            aes.Encrypt(nonce, dataKey, blob.AsSpan(12, dataKey.Length), blob.AsSpan(12 + dataKey.Length), Context(request.EncryptionContext));
        }

        var plaintext = (byte[])dataKey.Clone();
        PlaintextBuffers.Enqueue(plaintext);
        return Task.FromResult(new GenerateDataKeyResponse
        {
            KeyId = KeyArn,
            Plaintext = new MemoryStream(plaintext),
            CiphertextBlob = new MemoryStream(blob),
        });
    }

    public override Task<DecryptResponse> DecryptAsync(DecryptRequest request, CancellationToken cancellationToken = default)
    {
        Decrypts.Enqueue(request);
        if (FailWith is { } failure)
        {
            throw failure;
        }

        if (request.KeyId is not null and not KeyArn and not Alias)
        {
            throw new IncorrectKeyException("The key ID in the request does not identify the key that encrypted the ciphertext.");
        }

        var blob = request.CiphertextBlob.ToArray();
        if (blob.Length < 12 + 16)
        {
            throw new InvalidCiphertextException("");
        }

        var plaintext = new byte[blob.Length - 12 - 16];
        try
        {
            using var aes = new AesGcm(_masterKey, 16);
            aes.Decrypt(blob.AsSpan(0, 12), blob.AsSpan(12, plaintext.Length), blob.AsSpan(blob.Length - 16), plaintext, Context(request.EncryptionContext));
        }
        catch (CryptographicException e)
        {
            throw new InvalidCiphertextException("", e);
        }

        PlaintextBuffers.Enqueue(plaintext);
        return Task.FromResult(new DecryptResponse { KeyId = KeyArn, Plaintext = new MemoryStream(plaintext) });
    }

    private static byte[] Context(Dictionary<string, string>? context) =>
        Encoding.UTF8.GetBytes(string.Join("\n", (context ?? []).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)));
}

using System.Security.Cryptography;
using GitGoods.Domain.Privacy;

namespace GitGoods.Adapters.Encryption;

/// <summary>
/// Envelope encryption of personal data, field by field (docs/decisions/0009-personal-data-encryption.md): each field is
/// AES-256-GCM encrypted under a data key, with the order id and field name as associated data; the data key, wrapped
/// by the master key (KMS, or the local key file), is stored alongside. Data keys are reused within the limits of
/// <see cref="EnvelopeFieldProtectorOptions"/> and zeroed once no cache or call holds them. Thread safe. Logs nothing.
/// </summary>
public sealed class EnvelopeFieldProtector : IPersonalDataProtector, IDisposable
{
    private readonly IDataKeySource _keys;
    private readonly EncryptionKeyCache _encryption;
    private readonly DecryptionKeyCache _decryption;
    private volatile bool _disposed;

    public EnvelopeFieldProtector(IDataKeySource keys, TimeProvider time, EnvelopeFieldProtectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(time);
        options ??= new EnvelopeFieldProtectorOptions();
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.DataKeyLifetime, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.DecryptedKeyLifetime, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxEncryptionsPerDataKey, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDecryptedKeys, 1, nameof(options));
        _keys = keys;
        _encryption = new EncryptionKeyCache(keys, time, options.DataKeyLifetime, options.MaxEncryptionsPerDataKey);
        _decryption = new DecryptionKeyCache(time, options.DecryptedKeyLifetime, options.MaxDecryptedKeys);
    }

    public async Task<ProtectedFields> ProtectAsync(string orderId, IReadOnlyDictionary<string, string> fields, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        ArgumentNullException.ThrowIfNull(fields);
        ObjectDisposedException.ThrowIf(_disposed, this);
        foreach (var (name, value) in fields)
        {
            ArgumentException.ThrowIfNullOrEmpty(name, nameof(fields));
            ArgumentNullException.ThrowIfNull(value, nameof(fields));
        }

        var key = await _encryption.AcquireAsync(fields.Count, _decryption.Add, ct).ConfigureAwait(false);
        try
        {
            using var aes = new AesGcm(key.Key, FieldCipher.TagSize);
            var ciphertexts = new Dictionary<string, string>(fields.Count, StringComparer.Ordinal);
            foreach (var (name, value) in fields)
            {
                ciphertexts[name] = Convert.ToBase64String(FieldCipher.Encrypt(aes, orderId, name, value));
            }

            return new ProtectedFields(key.KeyId, key.EncryptedKey, ciphertexts);
        }
        finally
        {
            key.Release();
        }
    }

    public async Task<IReadOnlyDictionary<string, string>> UnprotectAsync(string orderId, ProtectedFields protectedFields, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        ArgumentNullException.ThrowIfNull(protectedFields);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var key = await DataKeyAsync(orderId, protectedFields, ct).ConfigureAwait(false);
        try
        {
            using var aes = new AesGcm(key.Key, FieldCipher.TagSize);
            var fields = new Dictionary<string, string>(protectedFields.Ciphertexts.Count, StringComparer.Ordinal);
            foreach (var (name, ciphertext) in protectedFields.Ciphertexts)
            {
                try
                {
                    fields[name] = FieldCipher.Decrypt(aes, orderId, name, Convert.FromBase64String(ciphertext ?? string.Empty));
                }
                catch (Exception e) when (e is CryptographicException or FormatException)
                {
                    throw new PersonalDataTamperedException($"Field '{name}' of order '{orderId}' failed its integrity check.", e);
                }
            }

            return fields;
        }
        finally
        {
            key.Release();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _encryption.Dispose();
        _decryption.Dispose();
    }

    private async Task<DataKeyHandle> DataKeyAsync(string orderId, ProtectedFields stored, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(stored.KeyId) || string.IsNullOrEmpty(stored.EncryptedDataKey) || stored.Ciphertexts is null)
        {
            throw new PersonalDataTamperedException($"The protected fields of order '{orderId}' are incomplete.");
        }

        if (_decryption.TryGet(stored.KeyId, stored.EncryptedDataKey) is { } cached)
        {
            return cached;
        }

        byte[] plaintext;
        try
        {
            plaintext = await _keys.DecryptDataKeyAsync(stored.KeyId, Convert.FromBase64String(stored.EncryptedDataKey), ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            throw new PersonalDataTamperedException($"The data key of order '{orderId}' did not unwrap under master key '{stored.KeyId}'.", e);
        }

        if (plaintext.Length != GeneratedDataKey.KeySize)
        {
            CryptographicOperations.ZeroMemory(plaintext);
            throw new PersonalDataTamperedException($"The data key of order '{orderId}' unwrapped to {plaintext.Length} bytes, not {GeneratedDataKey.KeySize}.");
        }

        var key = new DataKeyHandle(stored.KeyId, plaintext, stored.EncryptedDataKey);
        _decryption.Add(key);
        return key;
    }
}

namespace GitGoods.Domain.Privacy;

/// <summary>
/// Personal data as it is stored: each field encrypted on its own under one data key, and that data key itself
/// encrypted under a master key. <paramref name="KeyId"/> names the master key (and version) that wrapped the data key,
/// <paramref name="EncryptedDataKey"/> is the wrapped data key (base64), <paramref name="Ciphertexts"/> maps each field
/// name to its ciphertext (base64). Nothing here is secret; all of it is needed to read the fields back.
/// </summary>
public sealed record ProtectedFields(string KeyId, string EncryptedDataKey, IReadOnlyDictionary<string, string> Ciphertexts);

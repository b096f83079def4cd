namespace GitGoods.Domain.Privacy;

public sealed record ProtectedFields(string KeyId, string EncryptedDataKey, IReadOnlyDictionary<string, string> Ciphertexts);

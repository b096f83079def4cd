namespace GitGoods.Adapters.Encryption;

/// <summary>
/// How long and how much <see cref="EnvelopeFieldProtector"/> reuses data keys. Reuse saves a KMS call per order; the
/// limits bound how much data one data key protects and how long a plaintext key stays in memory.
/// </summary>
public sealed class EnvelopeFieldProtectorOptions
{
    /// <summary>How long one generated data key keeps encrypting new data.</summary>
    public TimeSpan DataKeyLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How many field encryptions (AES-GCM operations, not orders) one generated data key serves. Far below the
    /// 2^32 random-nonce limit for AES-GCM.
    /// </summary>
    public int MaxEncryptionsPerDataKey { get; init; } = 10_000;

    /// <summary>How long an unwrapped data key stays cached for decryption.</summary>
    public TimeSpan DecryptedKeyLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How many unwrapped data keys are cached for decryption at most.</summary>
    public int MaxDecryptedKeys { get; init; } = 1_000;
}

using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using GitGoods.Domain.Operations;

namespace GitGoods.Adapters.Resilience.Readiness;

/// <summary>The personal-data key can be used: KMS DescribeKey says it is enabled.</summary>
public sealed class KeyCheck(IAmazonKeyManagementService kms, string keyId) : IDependencyCheck
{
    public string Name => "keys";

    /// <exception cref="InvalidOperationException">When the key exists but is not enabled (disabled, pending deletion).</exception>
    public async Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        var key = await kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId }, cancellationToken);
        return key.KeyMetadata?.KeyState == KeyState.Enabled
            ? null
            : throw new InvalidOperationException($"The personal-data key is {key.KeyMetadata?.KeyState?.Value ?? "unknown"}, not Enabled.");
    }
}

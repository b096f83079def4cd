using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using GitGoods.Domain.WaitingRoom;

namespace GitGoods.Adapters.WaitingRoom;

/// <summary>
/// The signing key on AWS: a Secrets Manager secret the CDK app generates, read once per execution environment through
/// Parameter Store's <c>/aws/reference/secretsmanager/</c> path (GetParameter WithDecryption; the function needs
/// <c>secretsmanager:GetSecretValue</c> on that one secret). Never logged; a failed read is not cached.
/// </summary>
public sealed class SecretWaitingRoomKey(IAmazonSimpleSystemsManagement ssm, string secretId) : IWaitingRoomKey
{
    public const string SecretVariable = "WAITING_ROOM_KEY_SECRET";
    private byte[]? _key;

    public async Task<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (_key is { } key)
        {
            return key;
        }

        var response = await ssm.GetParameterAsync(new GetParameterRequest
        {
            Name = "/aws/reference/secretsmanager/" + secretId, WithDecryption = true,
        }, cancellationToken).ConfigureAwait(false);
        var value = response.Parameter?.Value is { Length: >= 32 } text
            ? text
            : throw new InvalidOperationException($"The waiting room's key secret {secretId} is missing or shorter than 32 characters.");
        return _key = System.Text.Encoding.UTF8.GetBytes(value);
    }
}

using System.Net;
using Amazon.Runtime;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using GitGoods.Domain.Payments;

namespace GitGoods.Adapters.Payments.Stripe;

/// <summary>
/// The secret key from an SSM Parameter Store SecureString (GetParameter WithDecryption), read on first use and kept in
/// memory for the life of the execution environment; a failed read is not cached, so the next call tries again. The
/// value is never logged, never put in an exception message, and never written anywhere.
/// </summary>
public sealed class SsmSecretKeySource : IPaymentSecretKeySource, IDisposable
{
    private readonly IAmazonSimpleSystemsManagement _ssm;
    private readonly string _parameterName;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _key;

    public SsmSecretKeySource(IAmazonSimpleSystemsManagement ssm, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(ssm);
        ArgumentException.ThrowIfNullOrEmpty(parameterName);
        _ssm = ssm;
        _parameterName = parameterName;
    }

    public async ValueTask<string> GetAsync(CancellationToken ct)
    {
        if (Volatile.Read(ref _key) is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            _key ??= await ReadAsync(ct).ConfigureAwait(false);
            return _key;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<string> ReadAsync(CancellationToken ct)
    {
        GetParameterResponse response;
        try
        {
            response = await _ssm.GetParameterAsync(new GetParameterRequest { Name = _parameterName, WithDecryption = true }, ct).ConfigureAwait(false);
        }
        catch (ParameterNotFoundException e)
        {
            throw new PaymentConfigurationException($"The payment key parameter '{_parameterName}' does not exist (PAYMENT_SECRET_KEY_PARAMETER).", e);
        }
        catch (AmazonServiceException e) when (e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest && e.ErrorCode is not "ThrottlingException")
        {
            throw new PaymentConfigurationException(
                $"This function may not read the payment key parameter '{_parameterName}' ({e.ErrorCode}): check its ssm:GetParameter and kms:Decrypt grants.", e);
        }
        catch (Exception e) when (e is AmazonServiceException or AmazonClientException or HttpRequestException)
        {
            throw new PaymentUnavailableException($"The payment key parameter '{_parameterName}' could not be read; try again.", e);
        }

        return response.Parameter?.Value is { Length: > 0 } value
            ? value
            : throw new PaymentConfigurationException($"The payment key parameter '{_parameterName}' is empty.");
    }
}

namespace GitGoods.Domain.Payments;

/// <summary>
/// The provider refused the request itself (a rejected key, a missing permission, parameters it does not accept): a
/// deployment or programming error that no retry can cure. Its message never carries a secret.
/// </summary>
public sealed class PaymentConfigurationException : Exception
{
    public PaymentConfigurationException()
        : base("The payment provider refused the request: check the deployment's payment configuration.")
    {
    }

    public PaymentConfigurationException(string message)
        : base(message)
    {
    }

    public PaymentConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace GitGoods.Adapters.Payments.Stripe;

/// <summary>Where the adapter gets the processor's secret key: read once per execution environment and kept in memory only.</summary>
public interface IPaymentSecretKeySource
{
    /// <exception cref="GitGoods.Domain.Payments.PaymentUnavailableException">The key store failed transiently.</exception>
    /// <exception cref="GitGoods.Domain.Payments.PaymentConfigurationException">The key is missing, empty or not readable by this function.</exception>
    ValueTask<string> GetAsync(CancellationToken ct);
}

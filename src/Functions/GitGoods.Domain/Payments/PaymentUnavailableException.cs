namespace GitGoods.Domain.Payments;

/// <summary>
/// The provider failed transiently or did not answer in time, so the outcome is unknown (the hold may exist).
/// The caller retries with the same order id, and when it gives up compensates by voiding.
/// </summary>
public sealed class PaymentUnavailableException : Exception
{
    public PaymentUnavailableException()
        : base("The payment provider is unavailable.")
    {
    }

    public PaymentUnavailableException(string message)
        : base(message)
    {
    }

    public PaymentUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

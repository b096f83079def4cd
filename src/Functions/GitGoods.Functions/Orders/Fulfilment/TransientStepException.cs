namespace GitGoods.Orders.Fulfilment;

/// <summary>
/// A failure worth retrying (throttling, a timeout, a 5xx, a transaction conflict). The Lambda runtime reports its type
/// name as the error, which the workflow's Retry rules match.
/// </summary>
public sealed class TransientStepException : Exception
{
    public TransientStepException()
    {
    }

    public TransientStepException(string message)
        : base(message)
    {
    }

    public TransientStepException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace GitGoods.Analytics.Delivery;

/// <summary>
/// An event the delivery-metrics function will not record: another source or detail type, an id unfit for a file
/// name, no time, or a detail that is not a CodePipeline execution state change. Thrown, so the invocation fails:
/// Lambda retries the asynchronous invocation and then sends the event to the function's failure destination, where it
/// can be inspected, instead of dropping it silently.
/// </summary>
public sealed class RejectedPipelineEventException : Exception
{
    public RejectedPipelineEventException()
    {
    }

    public RejectedPipelineEventException(string message)
        : base(message)
    {
    }

    public RejectedPipelineEventException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

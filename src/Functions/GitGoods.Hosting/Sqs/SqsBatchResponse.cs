namespace GitGoods.Hosting.Sqs;

/// <summary>
/// Partial batch failures (needs <c>ReportBatchItemFailures</c> on the mapping): only the listed messages
/// return to the queue. An empty list means the whole batch succeeded.
/// </summary>
public sealed class SqsBatchResponse
{
    public IList<SqsBatchItemFailure> BatchItemFailures { get; set; } = [];
}

/// <summary>One failed message, named by its <c>messageId</c>.</summary>
public sealed class SqsBatchItemFailure
{
    public string ItemIdentifier { get; set; } = "";
}

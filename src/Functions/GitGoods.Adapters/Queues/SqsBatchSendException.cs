namespace GitGoods.Adapters.Queues;

/// <summary>
/// Some messages of a batch were not sent. The rest were: <see cref="MessageIds"/> holds their ids (null where the
/// send failed), so a caller can resend only the failed ones. Names positions and error codes, never bodies.
/// </summary>
public sealed class SqsBatchSendException : Exception
{
    public SqsBatchSendException(IReadOnlyList<SqsSendFailure> failures, IReadOnlyList<string?> messageIds)
        : base(Describe(failures, messageIds))
    {
        Failures = failures;
        MessageIds = messageIds;
    }

    public SqsBatchSendException()
    {
    }

    public SqsBatchSendException(string message)
        : base(message)
    {
    }

    public SqsBatchSendException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IReadOnlyList<SqsSendFailure> Failures { get; } = [];

    /// <summary>Per body, in order: the id it was sent under, or null when it failed.</summary>
    public IReadOnlyList<string?> MessageIds { get; } = [];

    private static string Describe(IReadOnlyList<SqsSendFailure> failures, IReadOnlyList<string?> messageIds)
    {
        ArgumentNullException.ThrowIfNull(failures);
        ArgumentNullException.ThrowIfNull(messageIds);
        var detail = string.Join(", ", failures.Take(10).Select(f => $"#{f.Index} {f.Code}"));
        return $"{failures.Count} of {messageIds.Count} messages were not sent ({detail}{(failures.Count > 10 ? ", ..." : "")}).";
    }
}

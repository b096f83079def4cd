namespace GitGoods.Adapters.Queues;

/// <summary>One body of a batch that could not be sent: its position in the batch and SQS's error code.</summary>
/// <param name="SenderFault">True when SQS blamed the request itself (sending it again would not help).</param>
public sealed record SqsSendFailure(int Index, string Code, bool SenderFault);

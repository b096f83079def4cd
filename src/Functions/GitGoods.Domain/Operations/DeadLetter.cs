namespace GitGoods.Domain.Operations;

/// <summary>
/// A message that failed too often and was set aside in a dead-letter queue, as an operator inspects it.
/// </summary>
/// <param name="MessageId">The queue's id of the message (kept when the queue moved it aside).</param>
/// <param name="Body">The message as sent.</param>
/// <param name="ReceiveCount">How many times the message had been received before it was inspected.</param>
/// <param name="SentAt">When the message was first sent to the source queue.</param>
public sealed record DeadLetter(string MessageId, string Body, int ReceiveCount, DateTimeOffset SentAt);

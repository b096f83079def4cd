namespace GitGoods.Orders.AdminOrders;

/// <summary>A message the order workflow gave up on: which order, how often it was tried, and the last error recorded on the order.</summary>
public sealed record DeadLetterResponse(string MessageId, string? OrderId, int ReceiveCount, DateTime SentAt, string? Error);

/// <summary>The answer to a redrive: how many messages went back to the order queue.</summary>
public sealed record RedriveResponse(int Redriven);

namespace GitGoods.Domain.Idempotency;

/// <summary>The response stored under an idempotency key, replayed as it was to a retry of the same request.</summary>
public sealed record IdempotentResponse(int StatusCode, string Body, string? Location);

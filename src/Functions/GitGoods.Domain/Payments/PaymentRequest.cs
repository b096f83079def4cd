using GitGoods.Domain.Common;

namespace GitGoods.Domain.Payments;

/// <summary>
/// What the order workflow asks the payment provider to authorise: the order id doubles as the provider-side
/// idempotency key, so a retried step can never authorise the same order twice.
/// </summary>
public sealed record PaymentRequest(string OrderId, Money Amount, string Token);

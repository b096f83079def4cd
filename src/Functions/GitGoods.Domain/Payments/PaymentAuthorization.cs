namespace GitGoods.Domain.Payments;

/// <summary>
/// A definite answer from the provider: approved with the provider's authorisation id, or declined with its decline
/// code (see <see cref="PaymentDeclineCodes"/>). The same order id always gets the same answer back.
/// </summary>
public sealed record PaymentAuthorization(PaymentOutcome Outcome, string? AuthorizationId, string? DeclineCode);

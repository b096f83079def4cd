using GitGoods.Domain.Common;

namespace GitGoods.Adapters.Payments;

/// <summary>
/// What the simulated provider holds for an order, as its dashboard would show it (for tests and operators).
/// <see cref="Amount"/> is null for a void that arrived before any authorisation.
/// </summary>
public sealed record RecordedPayment(
    string OrderId,
    RecordedPaymentStatus Status,
    string? AuthorizationId,
    Money? Amount,
    string? DeclineCode,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

using GitGoods.Domain.Common;
using GitGoods.Domain.Privacy;

namespace GitGoods.Domain.Orders;

/// <summary>
/// A placed order. Its lines carry the catalogue's prices at placement; its personal data (shipping details and the
/// payment token) is only ever held sealed (<see cref="PersonalData"/>) and opened for the owner, an admin or the
/// workflow step that needs it. Every change bumps <see cref="Version"/>, the condition of the next write.
/// </summary>
public sealed record Order
{
    public required string Id { get; init; }

    /// <summary>The shopper's user id (the token's <c>sub</c>).</summary>
    public required string CustomerId { get; init; }

    public required OrderStatus Status { get; init; }

    public required IReadOnlyList<OrderLine> Lines { get; init; }

    public required ProtectedFields PersonalData { get; init; }

    public required IReadOnlyList<StatusChange> History { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public long Version { get; init; } = 1;

    /// <summary>Set when the order was placed from the signed-in shopper's cart: its lines leave the cart on confirmation.</summary>
    public bool FromCart { get; init; }

    /// <summary>True while the order holds stock (reserved by the workflow, not yet released).</summary>
    public bool StockReserved { get; init; }

    /// <summary>The payment provider's authorisation, once approved.</summary>
    public string? PaymentAuthorizationId { get; init; }

    public string? RejectionReason { get; init; }

    /// <summary>The last error that stopped the workflow (shown with its dead letter); never personal data.</summary>
    public string? LastError { get; init; }

    public Money Total => Lines.Select(l => l.LineTotal).Aggregate((a, b) => a.Add(b));

    /// <summary>The sellers whose products the order holds, each once.</summary>
    public IReadOnlyList<string> SellerIds => [.. Lines.Select(l => l.SellerId).Distinct(StringComparer.Ordinal)];

    /// <summary>The id a shopper reads in a text message: the first eight characters, upper case.</summary>
    public string ShortId => Id[..Math.Min(8, Id.Length)].ToUpperInvariant();

    /// <summary>The order after a status change at <paramref name="at"/>; the store writes it conditional on <see cref="Version"/>.</summary>
    /// <exception cref="OrderStateException">When the order's state machine does not allow the move.</exception>
    public Order MoveTo(OrderStatus to, DateTimeOffset at, string? reason = null)
    {
        if (!OrderStatusRules.CanMove(Status, to))
        {
            throw new OrderStateException(Id, Status, to);
        }

        return this with
        {
            Status = to,
            UpdatedAt = at,
            Version = Version + 1,
            History = [.. History, new StatusChange(to, at, reason)],
            RejectionReason = to == OrderStatus.Rejected ? reason : RejectionReason,
        };
    }
}

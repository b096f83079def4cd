namespace GitGoods.Domain.Orders;

/// <summary>Why a requested line cannot be ordered.</summary>
public enum LineProblemKind
{
    /// <summary>No such product, or it is unlisted (HTTP 422).</summary>
    NotForSale,

    /// <summary>Fewer units in stock than asked for (HTTP 409).</summary>
    InsufficientStock,

    /// <summary>Priced in another currency than the order's other lines (HTTP 422).</summary>
    CurrencyMismatch,
}

/// <summary>A requested line (by its index in the request) that cannot be ordered, and why.</summary>
public sealed record LineProblem(int Index, string ProductId, LineProblemKind Kind, int Available = 0);

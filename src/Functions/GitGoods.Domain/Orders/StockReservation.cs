namespace GitGoods.Domain.Orders;

/// <summary>The outcome of reserving an order's stock.</summary>
public enum StockReservation
{
    /// <summary>The order holds its units (now, or already from an earlier delivery of the same message).</summary>
    Reserved,

    /// <summary>Some product lacks the units (or is no longer for sale): nothing was taken.</summary>
    OutOfStock,

    /// <summary>The order is no longer PENDING (cancelled meanwhile): nothing was taken.</summary>
    NotPending,
}

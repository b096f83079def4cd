namespace GitGoods.Orders.ShipOrder;

/// <summary>How an attempt to ship an order ended.</summary>
public enum ShipmentOutcome
{
    /// <summary>The payment was captured and the order is SHIPPED.</summary>
    Shipped,

    /// <summary>No such order, or not one the caller may fulfil.</summary>
    NotFound,

    /// <summary>The order is not CONFIRMED (or stopped being so): nothing was captured by this call.</summary>
    WrongState,

    /// <summary>The payment provider failed transiently or did not answer in time: nothing changed here; retry.</summary>
    PaymentUnavailable,

    /// <summary>The provider definitely refused the capture (voided, expired, never authorised): the order cannot ship.</summary>
    CaptureRefused,
}

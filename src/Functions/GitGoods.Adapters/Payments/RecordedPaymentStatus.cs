namespace GitGoods.Adapters.Payments;

/// <summary>The state of an order's payment at the simulated provider.</summary>
public enum RecordedPaymentStatus
{
    Authorized,
    Declined,
    Voided,

    /// <summary>Captured when the order shipped.</summary>
    Captured,

    /// <summary>Captured, then voided by a cancellation that raced the shipment: the money went back.</summary>
    Refunded,
}

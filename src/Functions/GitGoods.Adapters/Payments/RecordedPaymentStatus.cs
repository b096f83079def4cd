namespace GitGoods.Adapters.Payments;

/// <summary>The state of an order's payment at the simulated provider.</summary>
public enum RecordedPaymentStatus
{
    Authorized,
    Declined,
    Voided,
}

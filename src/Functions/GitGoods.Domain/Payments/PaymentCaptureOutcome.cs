namespace GitGoods.Domain.Payments;

/// <summary>How a capture ended, definitely.</summary>
public enum PaymentCaptureOutcome
{
    Captured,
    Refused,
}

namespace GitGoods.Domain.Payments;

/// <summary>
/// The provider's definite answer to a capture: captured, or refused with a <see cref="PaymentCaptureRefusals"/> code.
/// Anything indefinite is a <see cref="PaymentUnavailableException"/>.
/// </summary>
public sealed record PaymentCapture(PaymentCaptureOutcome Outcome, string? RefusalCode)
{
    public static PaymentCapture Captured { get; } = new(PaymentCaptureOutcome.Captured, null);

    public static PaymentCapture Refused(string code)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        return new PaymentCapture(PaymentCaptureOutcome.Refused, code);
    }
}

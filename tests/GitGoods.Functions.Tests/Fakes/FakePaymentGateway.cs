using GitGoods.Domain.Payments;

namespace GitGoods.Functions.Tests.Fakes;

/// <summary>A payment port that answers captures as scripted and records every call; authorise is not scripted.</summary>
internal sealed class FakePaymentGateway : IPaymentGateway
{
    /// <summary>What a capture does (default: captured). Throw from it to simulate an unavailable provider.</summary>
    public Func<string, PaymentCapture> OnCapture { get; set; } = _ => PaymentCapture.Captured;

    /// <summary>What a void does before it is recorded (default: nothing). Throw from it to simulate an unavailable provider.</summary>
    public Action<string> OnVoid { get; set; } = _ => { };

    public List<string> Captures { get; } = [];

    public List<string> Voids { get; } = [];

    public Task<PaymentAuthorization> AuthorizeAsync(PaymentRequest request, CancellationToken ct) =>
        throw new NotSupportedException("Not scripted.");

    public Task VoidAsync(string orderId, CancellationToken ct)
    {
        OnVoid(orderId);
        Voids.Add(orderId);
        return Task.CompletedTask;
    }

    public Task<PaymentCapture> CaptureAsync(string orderId, CancellationToken ct)
    {
        Captures.Add(orderId);
        return Task.FromResult(OnCapture(orderId));
    }
}

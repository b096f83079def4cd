using GitGoods.Domain.Payments;

namespace GitGoods.Domain.Tests.Payments;

public class PaymentCaptureTests
{
    [Fact]
    public void ARefusal_CarriesItsCode() =>
        PaymentCapture.Refused(PaymentCaptureRefusals.Voided).Should().Be(new PaymentCapture(PaymentCaptureOutcome.Refused, PaymentCaptureRefusals.Voided));

    [Fact]
    public void ARefusal_WithoutACode_IsRefused() =>
        FluentActions.Invoking(() => PaymentCapture.Refused("")).Should().Throw<ArgumentException>().WithParameterName("code");
}

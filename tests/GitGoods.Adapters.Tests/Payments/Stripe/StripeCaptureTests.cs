using GitGoods.Domain.Common;
using GitGoods.Domain.Payments;
using GitGoods.TestSupport;

namespace GitGoods.Adapters.Tests.Payments.Stripe;

/// <summary>Capture (on shipping) through the Stripe adapter: once, idempotent, refused when voided, expired or never authorised.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class StripeCaptureTests(DynamoDbLocalFixture dynamo)
{
    private static readonly PaymentRequest Visa = new("order-1", new Money(4_999, "SGD"), PaymentTokens.Visa);

    [Fact]
    public async Task Capture_AfterApproval_CapturesOnce_AndAgainAnswersCapturedWithoutACall()
    {
        await using var h = await AuthorizedAsync();

        var first = await h.Gateway.CaptureAsync("order-1", default);
        var again = await h.Gateway.CaptureAsync("order-1", default);

        first.Should().Be(PaymentCapture.Captured);
        again.Should().Be(PaymentCapture.Captured);
        h.RequestsTo("/v1/payment_intents/pi_fake_0001/capture").Should().ContainSingle().Which.IdempotencyKey.Should().Be("gitgoods-capture-order-1");
        h.Stripe.Api.Intents["pi_fake_0001"]["status"]!.GetValue<string>().Should().Be("succeeded");
        (await h.RecordAsync("order-1"))!.Value.Status.Should().Be("CAPTURED");
    }

    [Fact]
    public async Task Capture_WhenStripeIsUnavailable_IsUnavailableAndChangesNothing_ThenALaterCaptureSucceeds()
    {
        await using var h = await AuthorizedAsync();
        h.Stripe.FailNext(503, times: 3);

        var act = () => h.Gateway.CaptureAsync("order-1", default);
        await act.Should().ThrowAsync<PaymentUnavailableException>();
        (await h.RecordAsync("order-1"))!.Value.Status.Should().Be("AUTHORIZED");

        (await h.Gateway.CaptureAsync("order-1", default)).Should().Be(PaymentCapture.Captured);
    }

    [Fact]
    public async Task Capture_AfterTheHoldLapsed_IsRefusedAsExpired_AndTheRecordIsVoided()
    {
        await using var h = await AuthorizedAsync();
        h.Stripe.Api.Expire("pi_fake_0001");

        var capture = await h.Gateway.CaptureAsync("order-1", default);

        capture.Should().Be(PaymentCapture.Refused(PaymentCaptureRefusals.AuthorizationExpired));
        (await h.RecordAsync("order-1"))!.Value.Status.Should().Be("VOIDED");
    }

    [Fact]
    public async Task Capture_AfterAVoid_IsRefusedAsVoided_WithoutAskingStripe()
    {
        await using var h = await AuthorizedAsync();
        await h.Gateway.VoidAsync("order-1", default);

        (await h.Gateway.CaptureAsync("order-1", default)).Should().Be(PaymentCapture.Refused(PaymentCaptureRefusals.Voided));
        h.RequestsTo("/v1/payment_intents/pi_fake_0001/capture").Should().BeEmpty();
    }

    [Fact]
    public async Task Capture_OfADeclinedOrUnknownOrder_IsRefusedAsNotAuthorized()
    {
        await using var h = await StripeTestHarness.StartAsync(dynamo);
        await h.Gateway.AuthorizeAsync(Visa with { OrderId = "order-2", Token = PaymentTokens.ChargeDeclined }, default);

        (await h.Gateway.CaptureAsync("order-2", default)).Should().Be(PaymentCapture.Refused(PaymentCaptureRefusals.NotAuthorized));
        (await h.Gateway.CaptureAsync("order-9", default)).Should().Be(PaymentCapture.Refused(PaymentCaptureRefusals.NotAuthorized));
    }

    private async Task<StripeTestHarness> AuthorizedAsync()
    {
        var h = await StripeTestHarness.StartAsync(dynamo);
        (await h.Gateway.AuthorizeAsync(Visa, default)).Outcome.Should().Be(PaymentOutcome.Approved);
        return h;
    }
}

using GitGoods.Domain.Common;
using GitGoods.Domain.Payments;
using GitGoods.TestSupport;

namespace GitGoods.Adapters.Tests.Payments.Stripe;

/// <summary>Void through the Stripe adapter: cancel, refund after a capture, and the races with a late authorisation.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class StripeVoidTests(DynamoDbLocalFixture dynamo)
{
    private static readonly PaymentRequest Visa = new("order-1", new Money(4_999, "SGD"), PaymentTokens.Visa);

    [Fact]
    public async Task Void_AfterApproval_CancelsTheIntent_AndVoidingAgainAsksNothing()
    {
        await using var h = await AuthorizedAsync();

        await h.Gateway.VoidAsync("order-1", default);
        await h.Gateway.VoidAsync("order-1", default);

        h.Stripe.Api.Intents["pi_fake_0001"]["status"]!.GetValue<string>().Should().Be("canceled");
        h.RequestsTo("/v1/payment_intents/pi_fake_0001/cancel").Should().ContainSingle().Which.IdempotencyKey.Should().Be("gitgoods-cancel-order-1");
        (await h.RecordAsync("order-1"))!.Value.Status.Should().Be("VOIDED");
        (await h.Gateway.AuthorizeAsync(Visa, default)).Should().Be(new PaymentAuthorization(PaymentOutcome.Declined, null, PaymentDeclineCodes.Voided));
    }

    [Fact]
    public async Task Void_BeforeAnyAuthorisation_LeavesATombstone_SoALateAuthorisationNeverReachesStripe()
    {
        await using var h = await StripeTestHarness.StartAsync(dynamo);

        await h.Gateway.VoidAsync("order-1", default);
        var late = await h.Gateway.AuthorizeAsync(Visa, default);

        late.Should().Be(new PaymentAuthorization(PaymentOutcome.Declined, null, PaymentDeclineCodes.Voided));
        h.Stripe.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Void_WhileTheAuthorisationIsStillAtStripe_TheHoldItMakesIsCancelledAndTheAuthorisationDeclined()
    {
        // The authorisation waits for its answer as long as the test holds it; the void's repeats meet a key still in use.
        await using var h = await StripeTestHarness.StartAsync(dynamo, options: StripeTestHarness.FastOptions with
        {
            AttemptTimeout = TimeSpan.FromSeconds(20), TotalTimeout = TimeSpan.FromSeconds(30),
        });
        var inFlight = h.Stripe.StallNext(beforeProcessing: true);
        var authorize = h.Gateway.AuthorizeAsync(Visa, default);
        await inFlight.Arrived;

        var firstVoid = () => h.Gateway.VoidAsync("order-1", default);
        await firstVoid.Should().ThrowAsync<PaymentUnavailableException>("Stripe answers 409 while the first request with the key still runs");
        inFlight.Release();
        var late = await authorize;
        await h.Gateway.VoidAsync("order-1", default);

        late.Should().Be(new PaymentAuthorization(PaymentOutcome.Declined, null, PaymentDeclineCodes.Voided));
        h.Stripe.Api.Intents.Should().ContainSingle().Which.Value["status"]!.GetValue<string>().Should().Be("canceled");
        (await h.RecordAsync("order-1")).Should().Be(("VOIDED", "pi_fake_0001"));
    }

    [Fact]
    public async Task Void_AfterAnAuthorisationWhoseAnswerWasLost_RepeatsItToFindTheHold_AndCancelsIt()
    {
        await using var h = await StripeTestHarness.StartAsync(dynamo);
        var lost = h.Stripe.StallNext(beforeProcessing: true);
        var authorize = () => h.Gateway.AuthorizeAsync(Visa, default);
        await authorize.Should().ThrowAsync<PaymentUnavailableException>();
        lost.Release();
        await lost.Processed;

        await h.Gateway.VoidAsync("order-1", default);

        h.Stripe.Api.Intents.Should().ContainSingle("the repeat was Stripe's replay").Which.Value["status"]!.GetValue<string>().Should().Be("canceled");
        (await h.RecordAsync("order-1")).Should().Be(("VOIDED", "pi_fake_0001"));
    }

    [Fact]
    public async Task Void_AfterACapture_RefundsInFull_Once()
    {
        await using var h = await AuthorizedAsync();
        await h.Gateway.CaptureAsync("order-1", default);

        await h.Gateway.VoidAsync("order-1", default);
        await h.Gateway.VoidAsync("order-1", default);

        h.Stripe.Api.Refunds.Should().Equal("pi_fake_0001");
        h.RequestsTo("/v1/refunds").Should().ContainSingle().Which.IdempotencyKey.Should().Be("gitgoods-refund-order-1");
        (await h.RecordAsync("order-1"))!.Value.Status.Should().Be("REFUNDED");
    }

    [Fact]
    public async Task Void_WhenStripeCapturedBeforeTheRecordKnew_RefundsInsteadOfCancelling()
    {
        await using var h = await AuthorizedAsync();
        h.Stripe.Api.CaptureDirectly("pi_fake_0001");

        await h.Gateway.VoidAsync("order-1", default);

        h.Stripe.Api.Refunds.Should().Equal("pi_fake_0001");
        (await h.RecordAsync("order-1"))!.Value.Status.Should().Be("REFUNDED");
        (await h.Gateway.CaptureAsync("order-1", default)).Should().Be(PaymentCapture.Refused(PaymentCaptureRefusals.Voided));
    }

    private async Task<StripeTestHarness> AuthorizedAsync()
    {
        var h = await StripeTestHarness.StartAsync(dynamo);
        (await h.Gateway.AuthorizeAsync(Visa, default)).Outcome.Should().Be(PaymentOutcome.Approved);
        return h;
    }
}
